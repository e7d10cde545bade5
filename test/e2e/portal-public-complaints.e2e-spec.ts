import { RATE_LIMITS } from '@tuoyu/http';
import { TestApp, setTestClock, startTestApp } from '@tuoyu/testing';
import request from 'supertest';
import { AdminAppModule } from '../../apps/admin/src/admin-app.module';
import { EvaluationAppModule } from '../../apps/evaluation/src/evaluation-app.module';

const PORTAL = { 'x-tuoyu-portal': '1' };
const COMPLAINTS = '/api/evaluation/public/complaints';

/** 投诉举报 through the portal: no session for the public complaint calls, a session for everything else. */
describe('portal: public complaint calls pass without a session, rate-limited per client', () => {
  let evaluation: TestApp;
  let admin: TestApp;
  let portal: string;

  beforeAll(async () => {
    evaluation = await startTestApp(EvaluationAppModule, 'evaluation', {});
    admin = await startTestApp(AdminAppModule, 'admin', { PORT_EVALUATION: new URL(evaluation.url).port });
    portal = admin.url;
    await setTestClock([evaluation, admin], '2026-10-12T10:00:00+08:00');
  });
  afterAll(async () => {
    await admin?.close();
    await evaluation?.close();
  });

  it('takes an anonymous complaint and looks it up by reference without a session; the worklist still needs one', async () => {
    const received = await request(portal)
      .post(COMPLAINTS)
      .set(PORTAL)
      .send({ institutionName: '某某宝贝托育园', category: 'safety', facts: '午睡室没有灭火器。' })
      .expect(201);
    const { reference } = received.body as { reference: string };
    expect(received.body).toMatchObject({ status: 'unrouted', institutionIdentified: false, duplicate: false });

    const lookup = await request(portal).get(`${COMPLAINTS}/${reference}`).expect(200);
    expect(lookup.body).toMatchObject({ reference, status: 'unrouted', category: 'safety' });
    expect(lookup.body).not.toHaveProperty('contact');

    // Bad input reaches the service and comes back naming the field, never a sign-in demand.
    const bad = await request(portal).post(COMPLAINTS).set(PORTAL).send({ institutionName: '某园', category: 'x' });
    expect(bad.status).toBe(400);
    const fields = (bad.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['category', 'facts']));

    await request(portal)
      .post(COMPLAINTS)
      .send({ institutionName: '某园', category: 'other', facts: '无' })
      .expect(403);
    await request(portal).get(`${COMPLAINTS}/TS20261012AAAAAAAA`).expect(404);
    // The published evaluations (an evaluation email links to the disclosure page) need no session either.
    await request(portal).get('/api/evaluation/public/evaluations?region=512002').expect(200);
    await request(portal).get('/api/evaluation/complaints').expect(401);
    await request(portal).get(`${COMPLAINTS}/${reference}/attachments`).expect(401);
  });

  it('counts the intake limit per client behind the portal, not once for everyone using it', async () => {
    const from = (address: string) =>
      request(portal)
        .post(COMPLAINTS)
        .set({ ...PORTAL, 'x-forwarded-for': address })
        .send({ category: 'other' });
    for (let i = 0; i < RATE_LIMITS.intake; i++) expect((await from('203.0.113.7')).status).toBe(400);
    const limited = await from('203.0.113.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('203.0.113.8')).status).toBe(400);
  });
});
