import { EntityManager } from '@mikro-orm/postgresql';
import { QueueName } from '@tuoyu/contracts';
import { Delivery } from '@tuoyu/notification-domain';
import { SmtpSink, TestApp, TestQueues, registrationBody, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';
import { metricValue } from '../support/notice-requests';
import { settle } from '../support/settle';
import { TestSystem, startTestSystem } from '../support/test-system';

const PER_BATCH = 4;

interface Registered {
  id: string;
  uscc: string;
  email: string;
}
const REGION = '512002';

/** Today in China: the clock offset lives in Redis too, so this test runs on the real clock. */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * Redis loses every key of the queue prefix while emails wait in the delayed set for their retry and handoffs wait
 * for a stopped filing service. Nobody intervenes: each service finds its marker gone, publishes its recent outbox
 * again, and notification puts its unfinished deliveries back. Every email arrives once, every case opens.
 */
describe('Redis data loss with emails and handoffs in flight', () => {
  const sink = new SmtpSink();
  const env = {
    REDIS_LOSS_CHECK_INTERVAL_MS: '300',
    // A failed attempt waits ten minutes in Redis's delayed set: only the recovery can bring it back in time.
    NOTIFICATION_RETRY_BASE_MS: '600000',
  };
  let system: TestSystem;
  let filing: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    Object.assign(env, { SMTP_URL: sink.url });
    system = await startTestSystem(env);
    filing = system.filing;
    queues = new TestQueues();
    await request(filing.url)
      .put(`/departments/${REGION}`)
      .set('Authorization', `Bearer ${filing.token({ role: 'admin' })}`)
      .send({ name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' })
      .expect(200);
  }, 120_000);
  afterAll(async () => {
    await filing?.close();
    await system?.close();
    await queues?.close();
    await sink.stop();
  }, 60_000);

  const register = async (): Promise<Registered> => {
    const body = registrationBody({ approvedOn: today(), regionCode: REGION });
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: '512000' })}`)
      .send(body)
      .expect(201);
    return { id: created.body.id, uscc: body.uscc as string, email: (body.contact as { email: string }).email };
  };
  const deliveries = () => system.notification.app.get(EntityManager).fork().find(Delivery, {});
  const metrics = async (app: TestApp) => (await request(app.url).get('/metrics').expect(200)).text;

  it('delivers every email exactly once and opens every case, with no operator', async () => {
    // Batch A: cases open, their emails refused for now (451) and parked in the delayed set for ten minutes.
    sink.mode = 'reject-temporarily';
    const early: Registered[] = [];
    for (let i = 0; i < PER_BATCH; i += 1) early.push(await register());
    await waitFor(
      'every email of batch A refused once and waiting for its retry',
      async () => {
        const rows = await deliveries();
        const waiting = rows.filter((row) => row.status === 'pending' && row.attempts === 1);
        return early.every((r) => waiting.some((row) => row.recipients.includes(r.email)));
      },
      { timeoutMs: 60_000 },
    );

    // Batch B: filing is down, so the handoffs wait in its queue.
    await filing.close();
    const late: Registered[] = [];
    for (let i = 0; i < PER_BATCH; i += 1) late.push(await register());
    await waitFor('batch B handoffs queued for filing', async () => {
      const counts = await queues.get(QueueName.Filing).getJobCounts('waiting', 'prioritized');
      return counts.waiting + counts.prioritized >= PER_BATCH;
    });
    expect(await queues.get(QueueName.Notification).getDelayedCount()).toBeGreaterThanOrEqual(PER_BATCH);

    expect(await queues.loseAllKeys()).toBeGreaterThan(0);
    sink.mode = 'accept';
    filing = await startTestApp(FilingAppModule, 'filing', env);

    const all = [...early, ...late];
    const department = filing.token({ role: 'department', region: REGION });
    for (const registration of all) {
      await waitFor(
        `the case of ${registration.uscc} to open`,
        async () => {
          const response = await request(filing.url)
            .get('/filings')
            .query({ uscc: registration.uscc })
            .set('Authorization', `Bearer ${department}`)
            .expect(200);
          return response.body.length === 1;
        },
        { timeoutMs: 60_000 },
      );
      await waitFor(`the email to ${registration.email}`, () => sink.to(registration.email).length > 0, {
        timeoutMs: 60_000,
      });
    }
    for (const registration of all) {
      await waitFor(`the sharing duty of ${registration.uscc} delivered`, async () => {
        const response = await request(system.registration.url)
          .get(`/registrations/${registration.id}`)
          .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: '512000' })}`)
          .expect(200);
        return response.body.sharing.status === 'delivered';
      });
    }

    // Nothing more on its way (every recovery pass published, every queue idle): now count the copies.
    await settle([system.registration, filing, system.evaluation, system.notification], 120_000);
    for (const registration of all) expect(sink.to(registration.email)).toHaveLength(1);
    const rows = await deliveries();
    expect(rows.length).toBeGreaterThanOrEqual(all.length);
    for (const row of rows) {
      expect({ key: row.idempotencyKey, status: row.status }).toEqual({ key: row.idempotencyKey, status: 'sent' });
      expect({ key: row.idempotencyKey, copies: sink.withKey(row.idempotencyKey).length }).toEqual({
        key: row.idempotencyKey,
        copies: 1,
      });
    }

    // The services that stayed up found the loss by themselves.
    const registrationMetrics = await metrics(system.registration);
    expect(metricValue(registrationMetrics, /^tuoyu_redis_loss_recoveries_total/)).toBeGreaterThanOrEqual(2);
    expect(metricValue(registrationMetrics, /^tuoyu_outbox_republished_total\{reason="redis_loss"/)).toBeGreaterThan(0);
    const notificationMetrics = await metrics(system.notification);
    expect(
      metricValue(notificationMetrics, /^tuoyu_redis_loss_redriven_total\{what="email deliveries"/),
    ).toBeGreaterThanOrEqual(PER_BATCH);
  }, 300_000);
});
