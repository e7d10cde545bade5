import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig, ServiceName, generateJwtKeys } from '@tuoyu/config';
import { Principal, TokenService } from '@tuoyu/identity';
import { TestApp, makeResidentId, makeUscc, registrationBody, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { AdminAppModule } from '../../apps/admin/src/admin-app.module';
import { accessOf } from '../support/access-table';
import { FuzzCase, Operation, concretePath, fuzzCases, operationsOf } from '../support/openapi-fuzz';
import { TestSystem, startTestSystem } from '../support/test-system';

const LOG_FILE = join(mkdtempSync(join(tmpdir(), 'tuoyu-i14-')), 'services.log');
const REGION = '512002';
const OTHER_REGION = '110105';

type Res = { status: number; body: { errors?: { field?: unknown }[] }; headers: Record<string, string> };

function send(app: TestApp, c: FuzzCase, token?: string, apiKey?: string): Promise<Res> {
  const req = request(app.url)[c.method.toLowerCase() as 'get'](c.path);
  if (token) req.set('Authorization', `Bearer ${token}`);
  if (apiKey) req.set('X-Api-Key', apiKey);
  if (c.body !== undefined) req.set('Content-Type', 'application/json').send(c.body);
  return req.then(
    (r) => r as unknown as Res,
    (e: Error) => ({ status: 0, body: { errors: [{ field: e.message }] }, headers: {} }),
  );
}

/** A sign-in endpoint given no credential of its own refuses (or is rate limited), whatever bearer comes along. */
const signInRefused = (status: number): boolean => status === 401 || status === 429;
// A portal endpoint called with a bearer token but without the portal header or a session cookie: the token grants
// nothing (an empty sign-in body is a 400 before the header check; the rest 401 or 403).
const portalRefused = (status: number): boolean => [400, 401, 403, 429].includes(status);

/** Runs requests a few at a time (the machine is small). */
async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

describe('security (ASVS L2): fuzz, authorization matrix, headers, rate limits, logs', () => {
  let system: TestSystem;
  let adminReplica: TestApp;
  let ops: Map<ServiceName, { app: TestApp; doc: Parameters<typeof operationsOf>[0]; ops: Operation[] }>;
  const tokensUsed = new Set<string>();
  const uscc = makeUscc();
  let caseId: string;
  let registrationId: string;
  /** A department system's key for REGION with every scope: the matrix checks it opens the inbox and nothing else. */
  let apiKey: string;

  const tokenFor = (p: Principal): string => {
    const token = system.filing.token(p);
    tokensUsed.add(token);
    return token;
  };

  beforeAll(async () => {
    system = await startTestSystem({ LOG_LEVEL: 'info', LOG_FILE });
    adminReplica = await startTestApp(AdminAppModule, 'admin', { LOG_LEVEL: 'info', LOG_FILE });
    ops = new Map();
    for (const app of system.all) {
      const doc = (await request(app.url).get('/docs-json').expect(200)).body as Parameters<typeof operationsOf>[0];
      ops.set(app.service, { app, doc, ops: operationsOf(doc) });
    }
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${tokenFor({ role: 'authority', region: REGION })}`)
      .send(registrationBody({ uscc }))
      .expect(201);
    registrationId = (created.body as { id: string }).id;
    const admin = tokenFor({ role: 'admin' });
    await request(system.filing.url)
      .put(`/departments/${REGION}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' })
      .expect(200);
    const key = await request(system.filing.url)
      .post(`/departments/${REGION}/api-keys`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ label: 'matrix', scopes: ['inbox:lease', 'inbox:ack'] })
      .expect(201);
    apiKey = (key.body as { key: string }).key;
    tokensUsed.add(apiKey);
    caseId = await waitFor('the filing case', async () => {
      const list = await request(system.filing.url)
        .get(`/filings?uscc=${uscc}`)
        .set('Authorization', `Bearer ${admin}`);
      return (list.body as { id: string }[])[0]?.id;
    });
  });
  afterAll(async () => {
    await adminReplica?.close();
    await system?.close();
  });

  it('fuzz from every OpenAPI: no 5xx, every 400 names its field', async () => {
    const roles: Principal[] = [
      { role: 'admin', subject: 'fuzz' },
      { role: 'department', region: REGION },
      { role: 'authority', region: REGION },
      { role: 'institution', uscc },
    ];
    let sent = 0;
    const failures: string[] = [];
    for (const { app, doc, ops: list } of ops.values()) {
      for (const op of list) {
        const access = accessOf(app.service, op.method, op.template);
        const role = typeof access === 'string' || !access ? roles[0] : roles.find((r) => access.includes(r.role))!;
        const token = tokenFor(role);
        const cases = fuzzCases(op, doc);
        const results = await inBatches(cases, 6, (c) => send(app, c, token));
        sent += cases.length;
        results.forEach((r, i) => {
          const c = cases[i];
          const where = `${app.service} ${c.method} ${c.path.slice(0, 80)} (${c.label})`;
          if (r.status >= 500 || r.status === 0) failures.push(`${where}: ${r.status}`);
          // A rate limit reached mid-fuzz would hide the validation of the rest of that operation's cases.
          if (r.status === 429) failures.push(`${where}: 429 (the fuzz outran the rate limit: fewer cases per op)`);
          const named = Array.isArray(r.body?.errors) && r.body.errors.length > 0;
          if (r.status === 400 && (!named || r.body.errors!.some((e) => typeof e.field !== 'string' || !e.field)))
            failures.push(`${where}: 400 without a named field ${JSON.stringify(r.body).slice(0, 200)}`);
        });
      }
    }
    process.stdout.write(`fuzz: ${sent} requests, ${failures.length} failures\n`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(1000);
  }, 240_000);

  it('authorization matrix: every operation × bad tokens and each role, from one table', async () => {
    const foreignKeys = generateJwtKeys();
    const foreign = new TokenService(
      new JwtService({}),
      AppConfig.fromEnv({ JWT_PUBLIC_KEY: foreignKeys.publicKey, JWT_PRIVATE_KEY: foreignKeys.privateKey }),
      new SystemClock(),
    );
    const issuer = system.filing.app.get(TokenService);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const admin: Principal = { role: 'admin', subject: 'matrix' };
    const badTokens = (service: ServiceName): [string, string | undefined][] => [
      ['no token', undefined],
      ['expired', issuer.sign(admin, -60)],
      ['foreign-signed', foreign.sign(admin, 3600)],
      [
        'alg none',
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ role: 'admin', iss: 'tuoyu', aud: [service], exp: now + 600 })}.`,
      ],
      ['another audience', issuer.sign(admin, 3600, [service === 'filing' ? 'evaluation' : 'filing'])],
    ];
    const principals: Principal[] = [
      { role: 'authority', region: REGION },
      { role: 'department', region: REGION },
      { role: 'institution', uscc },
      { role: 'admin', subject: 'matrix' },
    ];
    const failures: string[] = [];
    let cells = 0;
    for (const { app, ops: list } of ops.values()) {
      for (const op of list) {
        const access = accessOf(app.service, op.method, op.template);
        if (!access) {
          failures.push(`${app.service} ${op.method} ${op.template} is missing from the access table`);
          continue;
        }
        const c: FuzzCase = {
          method: op.method,
          path: concretePath(op),
          body: op.bodyProperties ? '{}' : undefined,
          label: '',
        };
        for (const [name, token] of badTokens(app.service)) {
          if (token) tokensUsed.add(token);
          const { status } = await send(app, c, token);
          cells++;
          const ok =
            access === 'public'
              ? status !== 401 && status !== 403
              : access === 'sign_in'
                ? signInRefused(status)
                : access === 'portal'
                  ? portalRefused(status)
                  : status === 401;
          if (!ok) failures.push(`${app.service} ${op.method} ${op.template} with ${name}: ${status}`);
        }
        for (const principal of principals) {
          const { status } = await send(app, c, tokenFor(principal));
          cells++;
          const allowed = access === 'public' || (typeof access !== 'string' && access.includes(principal.role));
          const ok =
            access === 'sign_in'
              ? signInRefused(status)
              : access === 'portal'
                ? portalRefused(status)
                : allowed
                  ? status !== 401 && status !== 403 && status < 500
                  : status === 403;
          if (!ok) failures.push(`${app.service} ${op.method} ${op.template} as ${principal.role}: ${status}`);
        }
        const keyed = await send(app, c, undefined, apiKey);
        cells++;
        const keyOk =
          access === 'public'
            ? keyed.status !== 401 && keyed.status !== 403
            : access === 'sign_in'
              ? signInRefused(keyed.status)
              : access === 'portal'
                ? portalRefused(keyed.status)
                : access.includes('api_key')
                  ? keyed.status !== 401 && keyed.status !== 403 && keyed.status < 500
                  : keyed.status === 401;
        if (!keyOk) failures.push(`${app.service} ${op.method} ${op.template} with an API key: ${keyed.status}`);
      }
    }
    // Region and USCC scope on real data: the owner's department and institution read the case, others do not.
    const scoped: [TestApp, string, Principal, boolean][] = [
      [system.filing, `/filings/${caseId}`, { role: 'department', region: REGION }, true],
      [system.filing, `/filings/${caseId}`, { role: 'department', region: OTHER_REGION }, false],
      [system.filing, `/filings/${caseId}`, { role: 'institution', uscc }, true],
      [system.filing, `/filings/${caseId}`, { role: 'institution', uscc: makeUscc() }, false],
      [system.registration, `/registrations/${registrationId}`, { role: 'authority', region: REGION }, true],
      [system.registration, `/registrations/${registrationId}`, { role: 'authority', region: OTHER_REGION }, false],
    ];
    for (const [app, path, principal, allowed] of scoped) {
      const { status } = await send(app, { method: 'GET', path, label: '' }, tokenFor(principal));
      cells++;
      if (allowed ? status !== 200 : status !== 403 && status !== 404)
        failures.push(`GET ${path} as ${JSON.stringify(principal)}: ${status}`);
    }
    process.stdout.write(`authorization matrix: ${cells} cells, ${failures.length} failures\n`);
    expect(failures).toEqual([]);
  }, 180_000);

  it('security headers on every response, no X-Powered-By, CORS closed', async () => {
    for (const app of system.all) {
      for (const path of ['/health', '/docs', '/no-such-route']) {
        const r = await request(app.url).get(path).set('Origin', 'https://evil.example');
        expect(r.headers['content-security-policy']).toContain("script-src 'self'");
        expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        expect(r.headers['x-content-type-options']).toBe('nosniff');
        expect(r.headers['referrer-policy']).toBe('no-referrer');
        expect(r.headers['x-powered-by']).toBeUndefined();
        expect(r.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
  });

  it('8 concurrent PUTs of a new directory entry all succeed (upsert)', async () => {
    const admin = `Bearer ${tokenFor({ role: 'admin' })}`;
    const body = { name: '某县卫生健康局', email: 'wjw@example.cn' };
    const puts = await Promise.all([
      ...Array.from({ length: 8 }, () =>
        request(system.filing.url).put('/departments/513922').set('Authorization', admin).send(body),
      ),
      ...Array.from({ length: 8 }, () =>
        request(system.registration.url)
          .put('/authorities/513922/market_regulation')
          .set('Authorization', admin)
          .send(body),
      ),
    ]);
    expect(puts.map((r) => r.status)).toEqual(new Array(16).fill(200));
  });

  it("refuses a department's ban of another region's institution; persons' bans stay national", async () => {
    const department = `Bearer ${tokenFor({ role: 'department', region: REGION })}`;
    const foreign = await request(system.evaluation.url)
      .post('/bans')
      .set('Authorization', department)
      .send({ subject: 'institution', uscc: makeUscc({ region: OTHER_REGION }), reason: '失信' })
      .expect(403);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'uscc', code: 'region' })]);
    await request(system.evaluation.url)
      .post('/bans')
      .set('Authorization', department)
      .send({ subject: 'person', idNumber: makeResidentId({ region: OTHER_REGION }), reason: '虐待婴幼儿' })
      .expect(201);
  });

  it('clock offsets stay within a sane range; /metrics answers loopback', async () => {
    const admin = `Bearer ${tokenFor({ role: 'admin' })}`;
    const far = await request(system.admin.url)
      .post('/admin/clock')
      .set('Authorization', admin)
      .send({ offsetMs: 1e308 });
    expect(far.status).toBe(400);
    expect(far.body.errors[0].field).toBe('offsetMs');
    await request(system.filing.url).get('/metrics').expect(200);
  });

  it('logs of the whole run hold no token, cookie, code or key', async () => {
    const secret = tokenFor({ role: 'institution', uscc });
    const adminToken = tokenFor({ role: 'admin' });
    await request(system.filing.url).get(`/filings/${caseId}?access_token=${secret}`);
    await request(adminReplica.url).get(`/no-such-route?token=${adminToken}`);
    await request(system.filing.url)
      .get('/filings')
      .set('Cookie', `tuoyu_session=${adminToken}`)
      .set('X-Api-Key', 'tyk_secret_api_key_value')
      .set('Authorization', `Bearer ${adminToken}`);
    await request(system.evaluation.url)
      .post('/bans')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ code: 'SIGN-IN-CODE-918273', token: secret });
    const log = readFileSync(LOG_FILE, 'utf8');
    expect(log.split('\n').length).toBeGreaterThan(1000);
    expect(log).toContain('[Redacted]');
    const leaked = [...tokensUsed, 'tyk_secret_api_key_value', 'SIGN-IN-CODE-918273'].filter((t) => log.includes(t));
    process.stdout.write(
      `log scan: ${log.split('\n').length} lines, ${tokensUsed.size} tokens, ${leaked.length} leaked\n`,
    );
    expect(leaked).toEqual([]);
  });
  it('429 with Retry-After on sign-in, counted across two replicas of the admin service', async () => {
    // Alternating: each replica sees 6 of the 12 tries, under the limit of 10 it would count alone, so a 429 shows the
    // count is shared. Earlier tests may have started the window (the matrix signs in too): only the shape is fixed.
    const signIn = (app: TestApp) =>
      request(app.url)
        .post('/portal/sign-in')
        .set('X-Tuoyu-Portal', '1')
        .send({ challengeId: '6f1c1a56-4a5e-4d8b-9a52-3f0c8f1c2d3e', code: '000000' });
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof signIn>> | undefined;
    for (let i = 0; i < 12; i++) {
      const response = await signIn(i % 2 === 0 ? system.admin : adminReplica);
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
    }
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(limited).toBeDefined();
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited!.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });

  it('no credential in a URL: the token sign-in of the admin console is gone', async () => {
    const token = tokenFor({ role: 'admin' });
    await request(system.admin.url).get(`/admin/login?token=${token}`).expect(404);
    await request(system.admin.url).get('/admin/queues').set('Cookie', `tuoyu_admin=${token}`).expect(401);
  });
});
