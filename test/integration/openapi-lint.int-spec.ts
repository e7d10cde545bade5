import SwaggerParser from '@apidevtools/swagger-parser';
import type { ServiceName } from '@tuoyu/config';
import { checkResidentId, checkUscc } from '@tuoyu/identity';
import request from 'supertest';
import { accessOf } from '../support/access-table';
import { TestSystem, startTestSystem } from '../support/test-system';

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
  security?: unknown[];
  'x-roles'?: string[];
  'x-rate-limit'?: unknown;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}

const SERVICES: ServiceName[] = ['registration', 'filing', 'evaluation', 'notification', 'admin'];
const ERROR_SCHEMA = '#/components/schemas/ApiErrorView';

function operations(doc: Doc): { name: string; method: string; template: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      name: `${method.toUpperCase()} ${template}`,
      method,
      template,
      op,
    })),
  );
}

/** Every `example` anywhere in the document, with where it sits. */
function examples(node: unknown, at = ''): { at: string; value: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => examples(n, `${at}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node as Json).flatMap(([key, value]) =>
    key === 'example' ? [{ at, value }] : examples(value, `${at}.${key}`),
  );
}

describe('OpenAPI documents an integrator can trust', () => {
  let system: TestSystem;
  const docs = new Map<ServiceName, Doc>();

  beforeAll(async () => {
    system = await startTestSystem();
    for (const app of system.all)
      docs.set(app.service, (await request(app.url).get('/docs-json').expect(200)).body as Doc);
  });
  afterAll(() => system?.close());

  it.each(SERVICES)('%s: the document is valid OpenAPI', async (service) => {
    // The parser dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(docs.get(service)!) as never)).resolves.toBeDefined();
  });

  it.each(SERVICES)('%s: every operation has a 2xx response schema', (service) => {
    // A 204, a bare 202 (queued, nothing to show) or a redirect has no body to describe; any other success must.
    const missing = operations(docs.get(service)!).filter(({ op }) => {
      const success = Object.entries(op.responses).filter(([status]) => /^[23]/.test(status));
      const bodies = success.filter(
        ([status, r]) => !/^3/.test(status) && (!['202', '204'].includes(status) || r.content),
      );
      return success.length === 0 || bodies.some(([, r]) => !firstSchema(r));
    });
    expect(missing.map((o) => o.name)).toEqual([]);
  });

  it.each(SERVICES)(
    '%s: roles (x-roles) match the authorization matrix; public operations carry no lock',
    (service) => {
      const wrong = operations(docs.get(service)!).flatMap(({ method, template, op, name }) => {
        const access = accessOf(service, method.toUpperCase(), template);
        if (Array.isArray(access)) {
          const same =
            [...(op['x-roles'] ?? [])].sort().join() === [...access].sort().join() && op.security === undefined;
          return same ? [] : [`${name}: x-roles ${String(op['x-roles'])}, matrix ${access.join()}`];
        }
        const open = Array.isArray(op.security) && op.security.length === 0 && op['x-roles'] === undefined;
        return open
          ? []
          : [`${name}: ${JSON.stringify(access ?? 'not in the matrix')} but security ${JSON.stringify(op.security)}`];
      });
      expect(wrong).toEqual([]);
    },
  );

  it.each(SERVICES)('%s: every operation documents the 4xx its shape can answer, in the error shape', (service) => {
    const wrong = operations(docs.get(service)!).flatMap(({ op, name }) => {
      const expected = [
        ...((op.parameters ?? []).length > 0 || op.requestBody ? ['400'] : []),
        ...(op.security?.length === 0 ? [] : ['401', '403']),
        ...((op.parameters ?? []).some((p) => p.in === 'path') ? ['404'] : []),
        ...(op['x-rate-limit'] ? ['429'] : []),
      ];
      const problems = expected.filter((s) => !op.responses[s]).map((s) => `${name}: no ${s}`);
      for (const [status, response] of Object.entries(op.responses)) {
        if (/^4/.test(status) && firstSchema(response)?.$ref !== ERROR_SCHEMA)
          problems.push(`${name}: ${status} shape`);
      }
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it.each(SERVICES)('%s: identifier examples pass their check digits', (service) => {
    const found = examples(docs.get(service)!).filter((e) => typeof e.value === 'string');
    const bad = found.filter(({ value }) => {
      const text = value as string;
      if (/^\d{17}[\dX]$/.test(text)) return checkResidentId(text) !== undefined;
      if (/^[0-9A-Z]{18}$/.test(text)) return checkUscc(text) !== undefined;
      return false;
    });
    expect(bad).toEqual([]);
  });
});

function firstSchema(response: { content?: Record<string, { schema?: Json }> }): Json | undefined {
  return Object.values(response.content ?? {})[0]?.schema;
}
