import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import { Handoff } from '@tuoyu/filing-domain';
import { SmtpSink, makeUscc, registrationBody, setTestClock, waitFor } from '@tuoyu/testing';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';
import { settle } from '../support/settle';

// 株洲: 荷塘区 (430202) reads its inbox over the API; 芦淞区 (430203) has its own system behind a webhook.
const INBOX_REGION = '430202';
const WEBHOOK_REGION = '430203';
const WEBHOOK_SECRET = `whsec_${Buffer.from('tuoyu-test-webhook-secret-32-bytes!').toString('base64')}`;

interface ReceivedCall {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

describe('department inbox (lease/ack) and signed webhooks', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let receiver: Server;
  const calls: ReceivedCall[] = [];

  beforeAll(async () => {
    await sink.start();
    // Fails three times, then accepts: the push must be retried and arrive once.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const status = calls.length < 3 ? 503 : 204;
        calls.push({ headers: req.headers, body, status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    system = await startTestSystem({ SMTP_URL: sink.url });
    // Real time: a webhook receiver checks the signed timestamp against its own clock.
    await setTestClock(system.all, new Date());
    const admin = `Bearer ${system.filing.token({ role: 'admin' })}`;
    await request(system.filing.url)
      .put(`/departments/${INBOX_REGION}`)
      .set('Authorization', admin)
      .send({ name: '株洲市荷塘区卫生健康局', email: 'wjw@hetang.example.cn' })
      .expect(200);
    await request(system.filing.url)
      .put(`/departments/${WEBHOOK_REGION}`)
      .set('Authorization', admin)
      .send({
        name: '株洲市芦淞区卫生健康局',
        email: 'wjw@lusong.example.cn',
        webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tuoyu`,
        webhookSecret: WEBHOOK_SECRET,
      })
      .expect(200);
  });
  afterAll(async () => {
    await system?.close();
    await sink.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const department = (region: string) => `Bearer ${system.filing.token({ role: 'department', region })}`;
  const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  async function register(region: string): Promise<string> {
    const body = registrationBody({ uscc: makeUscc({ region }), regionCode: region, approvedOn: today() });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region })}`)
      .send(body)
      .expect(201);
    return body.uscc as string;
  }

  const lease = (region: string, leaseSeconds = 60) =>
    request(system.filing.url)
      .post('/inbox/handoffs/lease')
      .set('Authorization', department(region))
      .send({ limit: 10, leaseSeconds })
      .expect(200)
      .then((response) => response.body as { handoffId: string; deliveries: number; filing: { uscc: string } }[]);
  const ack = (region: string, handoffId: string) =>
    request(system.filing.url).post(`/inbox/handoffs/${handoffId}/ack`).set('Authorization', department(region));

  it('offers each handoff to one reader, hides it while leased, re-offers it when the lease expires, never after ack', async () => {
    const first = await register(INBOX_REGION);
    const second = await register(INBOX_REGION);
    // Leasing leases: wait until both cases exist before the first lease.
    await waitFor('both filing cases', async () => {
      const cases = await request(system.filing.url).get('/filings').set('Authorization', department(INBOX_REGION));
      return cases.body.length === 2;
    });
    const offered = await lease(INBOX_REGION);
    expect(offered.map((o) => o.filing.uscc).sort()).toEqual([first, second].sort());
    expect(offered.map((o) => o.deliveries)).toEqual([1, 1]);
    expect(await lease(INBOX_REGION)).toEqual([]);
    expect(await lease(WEBHOOK_REGION)).toEqual([]);

    const [acked, unacked] = offered;
    await ack(INBOX_REGION, acked.handoffId).expect(204);
    await ack(INBOX_REGION, acked.handoffId).expect(204);
    await ack(WEBHOOK_REGION, unacked.handoffId).expect(404);

    await setTestClock(system.all, new Date(Date.now() + 61_000));
    const again = await lease(INBOX_REGION);
    expect(again).toEqual([expect.objectContaining({ handoffId: unacked.handoffId, deliveries: 2 })]);
    await ack(INBOX_REGION, unacked.handoffId).expect(204);

    await setTestClock(system.all, new Date(Date.now() + 200_000));
    expect(await lease(INBOX_REGION)).toEqual([]);
    await setTestClock(system.all, new Date());
  });

  it('rejects bad lease requests with the field named', async () => {
    const response = await request(system.filing.url)
      .post('/inbox/handoffs/lease')
      .set('Authorization', department(INBOX_REGION))
      .send({ limit: 0, leaseSeconds: 'soon' })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['leaseSeconds', 'limit']);
  });

  it('pushes a handoff to a webhook that fails 3 times, then receives it once with a valid signature', async () => {
    const uscc = await register(WEBHOOK_REGION);
    await waitFor('the fourth call', () => calls.length === 4, { timeoutMs: 30_000 });
    expect(calls.map((c) => c.status)).toEqual([503, 503, 503, 204]);
    const ids = new Set(calls.map((c) => c.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const delivered = calls[3];
    const payload = new Webhook(WEBHOOK_SECRET).verify(delivered.body, {
      'webhook-id': delivered.headers['webhook-id'] as string,
      'webhook-timestamp': delivered.headers['webhook-timestamp'] as string,
      'webhook-signature': delivered.headers['webhook-signature'] as string,
    }) as { type: string; data: { uscc: string } };
    expect(payload).toMatchObject({ type: 'handoff.shared', data: { uscc } });
    expect(() =>
      new Webhook(WEBHOOK_SECRET).verify(`${delivered.body} `, {
        'webhook-id': delivered.headers['webhook-id'] as string,
        'webhook-timestamp': delivered.headers['webhook-timestamp'] as string,
        'webhook-signature': delivered.headers['webhook-signature'] as string,
      }),
    ).toThrow();

    const handoff = await waitFor('the delivered state', () =>
      system.filing.app
        .get(MikroORM)
        .em.fork()
        .findOne(Handoff, { regionCode: WEBHOOK_REGION, webhookStatus: 'delivered' }),
    );
    expect(handoff.webhookAttempts).toBe(4);
    // Nothing more arrives: the delivered handoff is not pushed again.
    await settle(system.all);
    expect(calls).toHaveLength(4);
  });

  it('lists a dead push for administrators and redrives it with the same webhook-id', async () => {
    const em = system.filing.app.get(MikroORM).em.fork();
    const handoff = await em.findOneOrFail(Handoff, { regionCode: WEBHOOK_REGION, webhookStatus: 'delivered' });
    // As if every retry had failed: the state the last attempt leaves behind.
    await em.nativeUpdate(Handoff, { id: handoff.id }, { webhookStatus: 'dead', webhookLastError: 'HTTP 503' });
    const admin = `Bearer ${system.filing.token({ role: 'admin' })}`;

    const dead = await request(system.filing.url).get('/webhooks/dead-letters').set('Authorization', admin).expect(200);
    expect(dead.body).toEqual([expect.objectContaining({ handoffId: handoff.id, lastError: 'HTTP 503' })]);
    await request(system.filing.url)
      .get('/webhooks/dead-letters')
      .set('Authorization', department(WEBHOOK_REGION))
      .expect(403);

    const before = calls.length;
    await request(system.filing.url)
      .post(`/webhooks/dead-letters/${handoff.id}/redrive`)
      .set('Authorization', admin)
      .expect(202);
    await waitFor('the redriven push', () => calls.length === before + 1);
    expect(calls[before].headers['webhook-id']).toBe(`handoff_${handoff.id}`);
    await waitFor('the delivered state again', async () => {
      const row = await system.filing.app.get(MikroORM).em.fork().findOneOrFail(Handoff, handoff.id);
      return row.webhookStatus === 'delivered';
    });
    await request(system.filing.url)
      .post(`/webhooks/dead-letters/${handoff.id}/redrive`)
      .set('Authorization', admin)
      .expect(404);
  });
});
