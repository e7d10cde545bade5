import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { Delivery } from '@tuoyu/notification-domain';
import { SmtpSink, TcpProxy, TestApp, TestQueues, startTestApp, waitFor, waitForJobState } from '@tuoyu/testing';
import request from 'supertest';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';
import { metricValue, receiptNotice } from '../support/notice-requests';

/**
 * The claim commits before the SMTP conversation and the outcome after it: PostgreSQL lost right after the
 * relay's 250 delays recording `sent`, and never causes a second send.
 */
describe('notification: PostgreSQL cut right after the SMTP server accepted an email', () => {
  const sink = new SmtpSink();
  let database: TcpProxy;
  let app: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    database = await new TcpProxy('127.0.0.1', 5432).start();
    app = await startTestApp(NotificationAppModule, 'notification', {
      SMTP_URL: sink.url,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${database.port}`,
    });
    queues = new TestQueues();
  });
  afterAll(async () => {
    sink.beforeReply = undefined;
    await database?.restore();
    await app?.close();
    await queues?.close();
    await database?.stop();
    await sink.stop();
  });

  const outcomeRetries = async () =>
    metricValue(
      (await request(app.url).get('/metrics').expect(200)).text,
      /^tuoyu_notifications_outcome_record_retries_total/,
    );

  it('sends exactly one email and records it as sent once the database is back', async () => {
    const notice = receiptNotice('cut-after-250@example.cn');
    sink.beforeReply = async () => {
      sink.beforeReply = undefined;
      await database.cut();
    };
    const queue = queues.get(QueueName.Notification);
    const job = await queue.add(MessageType.NotificationRequested, notice, { jobId: randomUUID() });

    await waitFor('the sender to fail recording the outcome', async () => (await outcomeRetries()) > 0);
    expect(sink.withKey(notice.idempotencyKey)).toHaveLength(1);
    await database.restore();

    const { job: done, state } = await waitForJobState(queue, job.id!);
    expect(state).toBe('completed');
    expect(done.returnvalue).toBe('sent');
    const delivery = await app.app
      .get(MikroORM)
      .em.fork()
      .findOneOrFail(Delivery, { idempotencyKey: notice.idempotencyKey });
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, ambiguousAttempts: 0 });
    expect(delivery.sentAt).toBeInstanceOf(Date);
    expect(sink.withKey(notice.idempotencyKey)).toHaveLength(1);
  });

  it('answers 503 with Retry-After, naming the database, while PostgreSQL is unreachable', async () => {
    const admin = `Bearer ${app.token({ role: 'admin' })}`;
    await request(app.url).get('/deliveries').set('Authorization', admin).expect(200);
    await database.cut();
    try {
      const response = await request(app.url).get('/deliveries').set('Authorization', admin);
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The database is unreachable; try again in 5 seconds',
        dependency: 'database',
      });
    } finally {
      await database.restore();
    }
    await waitFor('the log to answer again', async () => {
      const response = await request(app.url).get('/deliveries').set('Authorization', admin);
      return response.status === 200;
    });
  });
});
