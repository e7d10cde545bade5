import { REQUEST_LIMITS, requestLimitProblem } from './request-limits';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('requestLimitProblem', () => {
  it.each<[string, { body?: unknown; query?: Record<string, unknown>; path?: string }, string | undefined, string]>([
    ['a plain body', { body: { name: '张三', tags: ['a'] } }, undefined, ''],
    ['JSON nested 5,000 deep', { body: nested(5000) }, 'too_deep', 'a.a.a.a.a.a.a.a.a.a.a.a.a'],
    ['JSON nested to the limit', { body: nested(REQUEST_LIMITS.depth) }, undefined, ''],
    ['an array of 1,001 items', { body: { staff: new Array(1001).fill(1) } }, 'too_many', 'staff'],
    ['a 20,001-character string', { body: { note: 'x'.repeat(20_001) } }, 'too_long', 'note'],
    ['a long string deep inside', { body: { a: [{ b: 'x'.repeat(20_001) }] } }, 'too_long', 'a.0.b'],
    ['a 2,001-character query value', { query: { uscc: 'x'.repeat(2001) } }, 'too_long', 'uscc'],
    ['a malformed percent-encoding in the path', { path: '/filings/%E0%A4%A' }, 'format', 'path'],
  ])('%s', (_case, request, code, field) => {
    const problem = requestLimitProblem({ body: undefined, query: {}, path: '/', ...request } as never);
    expect(problem?.code).toBe(code);
    if (field) expect(problem?.field).toBe(field);
  });
});
