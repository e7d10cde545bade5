import { randomUUID } from 'node:crypto';

/** One request the fuzzer sends. `body` is raw text (so broken JSON can be sent). */
export interface FuzzCase {
  method: string;
  path: string;
  body?: string;
  label: string;
}

export interface Operation {
  method: string;
  /** OpenAPI template, e.g. /filings/{id}. */
  template: string;
  pathParams: string[];
  queryParams: string[];
  bodyProperties?: Record<string, { $ref?: string; properties?: Record<string, unknown> }>;
  /** Requests per minute the operation admits from one address (its `x-rate-limit`), if limited. */
  perMinute?: number;
}

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema };
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: { name: string; in: string }[]; requestBody?: unknown; 'x-rate-limit'?: { perMinute: number } }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
};

const VALID_PATH: Record<string, () => string> = {
  regionCode: () => '512002',
  authorityKind: () => 'market_regulation',
  year: () => '2027',
};
/** Bad path parameters: wrong types, malformed encodings, huge, traversal, a well-formed id that does not exist. */
const BAD_PATH = ['x', '%E0%A4%A', '9'.repeat(400), '-1', '..%2F..%2Fadmin', randomUUID(), '1e308'];
const BAD_QUERY = ['abc', '', '9'.repeat(400), '-1', 'x'.repeat(3000), '1e308', '%00', '[object Object]'];
/** Wrong values for any field: the other shapes, huge numbers and strings, nesting. */
const BAD_VALUES: unknown[] = [[], {}, [[{}]], 1e308, -1, true, null, 'x'.repeat(30_000), { a: { b: { c: [1] } } }];
const BAD_BODIES = ['[]', 'null', '5', '"text"', '{', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, '{}'];

function resolve(doc: Doc, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''];
}

export function operationsOf(doc: Doc): Operation[] {
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
      const bodySchema = resolve(doc, content?.['application/json']?.schema);
      return {
        method: method.toUpperCase(),
        template,
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyProperties: content ? (bodySchema?.properties ?? {}) : undefined,
        perMinute: op['x-rate-limit']?.perMinute,
      };
    }),
  );
}

export function concretePath(op: Operation, replace: Record<string, string> = {}): string {
  return op.template.replace(/\{(\w+)\}/g, (_, name: string) => replace[name] ?? VALID_PATH[name]?.() ?? randomUUID());
}

/**
 * Every malformed request for one operation, generated from its OpenAPI description; for a rate-limited operation,
 * an even sample that stays under its limit (a 429 would hide the validation of the cases after it).
 */
export function fuzzCases(op: Operation, doc: Doc): FuzzCase[] {
  const cases = allFuzzCases(op, doc);
  if (!op.perMinute || cases.length < op.perMinute) return cases;
  const room = op.perMinute - 1;
  return Array.from({ length: room }, (_, i) => cases[Math.floor((i * cases.length) / room)]);
}

function allFuzzCases(op: Operation, doc: Doc): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const base = concretePath(op);
  const hasBody = op.bodyProperties !== undefined;
  const emptyBody = hasBody ? '{}' : undefined;
  for (const name of op.pathParams) {
    for (const bad of BAD_PATH) {
      cases.push({
        method: op.method,
        path: concretePath(op, { [name]: bad }),
        body: emptyBody,
        label: `path ${name}`,
      });
    }
  }
  for (const name of op.queryParams) {
    for (const bad of BAD_QUERY) {
      cases.push({ method: op.method, path: `${base}?${name}=${encodeURIComponent(bad)}`, label: `query ${name}` });
    }
    cases.push({ method: op.method, path: `${base}?${name}=1&${name}=2`, label: `query ${name} repeated` });
  }
  if (!hasBody) return cases;
  for (const body of BAD_BODIES) cases.push({ method: op.method, path: base, body, label: `body ${body.slice(0, 8)}` });
  cases.push({ method: op.method, path: base, body: JSON.stringify({ unknownField: 1 }), label: 'unknown field' });
  for (const [name, schema] of Object.entries(op.bodyProperties ?? {})) {
    for (const bad of BAD_VALUES) {
      cases.push({ method: op.method, path: base, body: JSON.stringify({ [name]: bad }), label: `field ${name}` });
    }
    // One level down: wrong values inside a nested object.
    const nested = resolve(doc, schema as Schema)?.properties ?? {};
    for (const inner of Object.keys(nested).slice(0, 4)) {
      for (const bad of BAD_VALUES.slice(0, 4)) {
        const body = JSON.stringify({ [name]: { [inner]: bad } });
        cases.push({ method: op.method, path: base, body, label: `field ${name}.${inner}` });
      }
    }
  }
  return cases;
}
