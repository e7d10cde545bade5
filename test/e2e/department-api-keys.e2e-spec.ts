import { MikroORM } from '@mikro-orm/core';
import { DepartmentApiKey } from '@tuoyu/filing-domain';
import { SmtpSink, makeUscc, registrationBody, setTestClock, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';

// 株洲: 荷塘区 (430202) and 石峰区 (430204) read their inboxes with API keys.
const REGION = '430202';
const NEIGHBOUR = '430204';

type KeyBody = { id: string; key?: string; prefix: string; scopes: string[]; revokedAt: string | null };

describe('department API keys (X-Api-Key): scoped to the inbox of their own region, hashed, revocable', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let admin: string;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url });
    await setTestClock(system.all, new Date());
    admin = `Bearer ${system.filing.token({ role: 'admin', subject: 'ops-zhang' })}`;
    for (const [region, name] of [
      [REGION, '株洲市荷塘区卫生健康局'],
      [NEIGHBOUR, '株洲市石峰区卫生健康局'],
    ]) {
      await request(system.filing.url)
        .put(`/departments/${region}`)
        .set('Authorization', admin)
        .send({ name, email: `wjw-${region}@example.cn` })
        .expect(200);
    }
  });
  afterAll(async () => {
    await system?.close();
    await sink.stop();
  });

  const createKey = (region: string, scopes: string[]) =>
    request(system.filing.url)
      .post(`/departments/${region}/api-keys`)
      .set('Authorization', admin)
      .send({ label: `${region} 业务系统`, scopes })
      .expect(201)
      .then((r) => r.body as KeyBody & { key: string });
  const lease = (key: string) =>
    request(system.filing.url).post('/inbox/handoffs/lease').set('X-Api-Key', key).send({ leaseSeconds: 60 });
  const ack = (key: string, handoffId: string) =>
    request(system.filing.url).post(`/inbox/handoffs/${handoffId}/ack`).set('X-Api-Key', key);

  async function register(region: string): Promise<string> {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const body = registrationBody({ uscc: makeUscc({ region }), regionCode: region, approvedOn: today });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region })}`)
      .send(body)
      .expect(201);
    return body.uscc as string;
  }

  it('creates a key shown once and stored hashed; lists it without the key', async () => {
    const created = await createKey(REGION, ['inbox:ack', 'inbox:lease']);
    expect(created.key).toMatch(/^tyk_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ scopes: ['inbox:ack', 'inbox:lease'], createdBy: 'ops-zhang', revokedAt: null });
    expect(created.key.startsWith(created.prefix)).toBe(true);

    const listed = await request(system.filing.url)
      .get(`/departments/${REGION}/api-keys`)
      .set('Authorization', admin)
      .expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ id: created.id, prefix: created.prefix })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.key);
    const row = await system.filing.app.get(MikroORM).em.fork().findOneOrFail(DepartmentApiKey, created.id);
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.keyHash).not.toContain(created.key.slice(4, 20));
  });

  it("leases and acknowledges its own region's handoffs, nothing of another region, nothing else", async () => {
    const { key } = await createKey(REGION, ['inbox:lease', 'inbox:ack']);
    const { key: neighbourKey } = await createKey(NEIGHBOUR, ['inbox:lease', 'inbox:ack']);
    const uscc = await register(REGION);
    const offered = await waitFor('the handoff in the inbox', async () => {
      const r = await lease(key).expect(200);
      return (r.body as { handoffId: string; filing: { uscc: string } }[]).find((o) => o.filing.uscc === uscc);
    });
    expect((await lease(neighbourKey).expect(200)).body).toEqual([]);
    await ack(neighbourKey, offered.handoffId).expect(404);
    await ack(key, offered.handoffId).expect(204);

    // A key opens the inbox only: every other operation of the service refuses it as a credential.
    await request(system.filing.url).get('/filings').set('X-Api-Key', key).expect(401);
    await request(system.filing.url).get(`/departments/${REGION}/api-keys`).set('X-Api-Key', key).expect(401);
    await request(system.evaluation.url).get('/complaints').set('X-Api-Key', key).expect(401);
  });

  it('a key without the scope is refused (403); an unknown or revoked key is a 401', async () => {
    const leaseOnly = await createKey(REGION, ['inbox:lease']);
    await lease(leaseOnly.key).expect(200);
    await ack(leaseOnly.key, '6f1c1a56-4a5e-4d8b-9a52-3f0c8f1c2d3e').expect(403);
    await lease(`${leaseOnly.key.slice(0, -2)}xx`).expect(401);
    await lease('not-a-key').expect(401);

    const revoked = await request(system.filing.url)
      .post(`/departments/${REGION}/api-keys/${leaseOnly.id}/revocation`)
      .set('Authorization', admin)
      .expect(200);
    expect((revoked.body as KeyBody).revokedAt).toEqual(expect.any(String));
    await lease(leaseOnly.key).expect(401);
    const again = await request(system.filing.url)
      .post(`/departments/${REGION}/api-keys/${leaseOnly.id}/revocation`)
      .set('Authorization', admin)
      .expect(200);
    expect((again.body as KeyBody).revokedAt).toBe((revoked.body as KeyBody).revokedAt);
    // Through another region's path the key is not found.
    await request(system.filing.url)
      .post(`/departments/${NEIGHBOUR}/api-keys/${leaseOnly.id}/revocation`)
      .set('Authorization', admin)
      .expect(404);
  });

  it('rejects bad key requests with the field named; no key for a region without a department', async () => {
    const bad = await request(system.filing.url)
      .post(`/departments/${REGION}/api-keys`)
      .set('Authorization', admin)
      .send({ label: '', scopes: ['filings:read'] })
      .expect(400);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual([
      'label',
      'scopes',
    ]);
    await request(system.filing.url)
      .post('/departments/430211/api-keys')
      .set('Authorization', admin)
      .send({ label: '天元区', scopes: ['inbox:lease'] })
      .expect(404);
    await request(system.filing.url)
      .post(`/departments/${REGION}/api-keys`)
      .set('Authorization', `Bearer ${system.filing.token({ role: 'department', region: REGION })}`)
      .send({ label: 'self-service', scopes: ['inbox:lease'] })
      .expect(403);
  });
});
