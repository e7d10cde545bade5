import { MikroORM } from '@mikro-orm/core';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { Outbox, OutboxMessage } from '@tuoyu/messaging';
import { TcpProxy, TestApp, TestQueues, registrationBody, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';

describe('outbox: a registration survives Redis being unreachable', () => {
  let proxy: TcpProxy;
  let app: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    proxy = await new TcpProxy('127.0.0.1', 6379).start();
    app = await startTestApp(RegistrationAppModule, 'registration', { REDIS_URL: proxy.url });
    queues = new TestQueues();
  });

  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await app?.close();
    await queues?.close();
    await proxy?.stop();
  });

  it('accepts POST /registrations while Redis is down, keeps the message, and publishes it when Redis is back', async () => {
    await proxy.cut();
    const health = await request(app.url).get('/health').expect(503);
    expect(health.body.error.redis.status).toBe('down');

    const body = registrationBody();
    const created = await request(app.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${app.token({ role: 'authority', region: '512002' })}`)
      .send(body)
      .expect(201);

    const em = app.app.get(MikroORM).em.fork();
    const [message] = await em.find(OutboxMessage, { payload: { registrationId: created.body.id } });
    expect(message).toMatchObject({ queue: QueueName.Filing, type: 'RegistrationApproved' });
    // The relay has tried and failed at least once (on whichever unsent row came first: the registration may also
    // write a sharing-duty rung job due within the fast-path horizon); the row is still unsent.
    await waitFor('a failed publish attempt', async () => {
      const failed = await app.app
        .get(MikroORM)
        .em.fork()
        .count(OutboxMessage, { attempts: { $gt: 0 }, sentAt: null });
      return failed > 0;
    });
    await em.refresh(message);
    expect(message.sentAt ?? null).toBeNull();
    expect(await queues.get(QueueName.Filing).getJob(message.id)).toBeUndefined();

    await proxy.restore();
    const job = await waitFor('the job in the filing queue', () => queues.get(QueueName.Filing).getJob(message.id), {
      timeoutMs: 30_000,
    });
    expect(job.name).toBe('RegistrationApproved');
    expect(job.data).toMatchObject({ v: 1, registrationId: created.body.id, uscc: body.uscc });
    await waitFor('the outbox row to be marked sent', async () => {
      await em.refresh(message);
      return message.sentAt ?? undefined;
    });
    // Health follows once its own Redis client has reconnected.
    await waitFor('health to recover', async () => (await request(app.url).get('/health')).status === 200);
  });

  it('claims live rows before bulk ones, however much older the bulk rows are', async () => {
    const em = app.app.get(MikroORM).em.fork();
    const outbox = app.app.get(Outbox);
    await em.begin();
    try {
      // Written and claimed in one transaction the relay cannot see: an import's backlog, then a new registration's.
      const bulk = [1, 2, 3].map(() =>
        outbox.add(
          em,
          QueueName.Filing,
          MessageType.HolidayNoticeLoaded,
          { v: 1, year: 2027, holidays: [], makeUpWorkdays: [] },
          { bulk: true },
        ),
      );
      await em.flush();
      const live = outbox.add(em, QueueName.Filing, MessageType.HolidayNoticeLoaded, {
        v: 1,
        year: 2027,
        holidays: [],
        makeUpWorkdays: [],
      });
      await em.flush();
      const ours = new Set([...bulk, live].map((m) => m.id));
      const claimed = (await em.getRepository(OutboxMessage).claimUnsent(1000)).filter((m) => ours.has(m.id));
      expect(claimed[0].id).toBe(live.id);
      expect(
        claimed
          .slice(1)
          .map((m) => m.id)
          .sort(),
      ).toEqual(bulk.map((m) => m.id).sort());
    } finally {
      await em.rollback();
    }
  });
});
