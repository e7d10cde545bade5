import { randomUUID } from 'node:crypto';
import { AddressInfo, createServer } from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import { AppConfig } from '@tuoyu/config';
import { MessageType, NoticeTemplate, NotificationRequested, QueueName } from '@tuoyu/contracts';
import { Delivery, SAMPLE_PROPS } from '@tuoyu/notification-domain';
import {
  SmtpSink,
  TcpProxy,
  TestApp,
  TestQueues,
  startTestApp,
  waitFor,
  waitForJobState,
  waitForQueueIdle,
} from '@tuoyu/testing';
import request from 'supertest';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';

function receiptRequest(to: string): NotificationRequested {
  return {
    v: 1,
    idempotencyKey: `filing-receipt:${randomUUID()}`,
    template: NoticeTemplate.FilingReceipt,
    locale: 'zh-CN',
    to: [to],
    props: { ...SAMPLE_PROPS[NoticeTemplate.FilingReceipt] },
  };
}

function deliveryOf(app: TestApp, key: string): Promise<Delivery | null> {
  return app.app.get(MikroORM).em.fork().findOne(Delivery, { idempotencyKey: key });
}

async function metric(app: TestApp, line: RegExp): Promise<number> {
  const { text } = await request(app.url).get('/metrics').expect(200);
  const match = text.split('\n').find((l) => line.test(l));
  return match ? Number(match.split(' ').pop()) : 0;
}

describe('notification: transient SMTP failures are retried until the relay recovers', () => {
  const sink = new SmtpSink();
  let proxy: TcpProxy;
  let app: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    proxy = await new TcpProxy('127.0.0.1', sink.listeningPort).start();
    app = await startTestApp(NotificationAppModule, 'notification', {
      SMTP_URL: `smtp://127.0.0.1:${proxy.port}`,
      // 200 ms, 400 ms, 800 ms, ...: the production default (1 minute) would outlast the test.
      NOTIFICATION_RETRY_BASE_MS: '200',
      NOTIFICATION_MAX_ATTEMPTS: '12',
    });
    queues = new TestQueues();
  });
  afterAll(async () => {
    await app?.close();
    await queues?.close();
    await proxy?.stop();
    await sink.stop();
  });

  it('keeps trying while connections are refused and sends once after the relay is back', async () => {
    const queue = queues.get(QueueName.Notification);
    const requested = receiptRequest('refused@example.cn');
    await proxy.cut();
    const job = await queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() });
    const during = await waitFor('two failed attempts on the delivery row', async () => {
      const row = await deliveryOf(app, requested.idempotencyKey);
      // Recorded as failed and waiting (pending), not still inside attempt 2 (sending), which the restore could let
      // through: then the successful send is attempt 3 or later.
      return row && row.attempts >= 2 && row.status === 'pending' ? row : undefined;
    });
    expect(during.status).toBe('pending');
    expect(during.lastError).toMatch(/ECONNREFUSED|ECONNRESET|ECONNECTION|ESOCKET/);
    expect(await queue.getJobState(job.id!)).toMatch(/delayed|active|waiting/);
    expect(sink.withKey(requested.idempotencyKey)).toHaveLength(0);

    await proxy.restore();
    const { job: done, state } = await waitForJobState(queue, job.id!);
    expect(state).toBe('completed');
    expect(done.returnvalue).toBe('sent');
    await waitForQueueIdle(queue);
    expect(sink.withKey(requested.idempotencyKey)).toHaveLength(1);
    const sent = (await deliveryOf(app, requested.idempotencyKey))!;
    expect(sent).toMatchObject({ status: 'sent', recipients: ['refused@example.cn'] });
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.lastError ?? null).toBeNull();
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(await metric(app, /^tuoyu_notifications_retried_total\{.*template="filing_receipt"/)).toBeGreaterThanOrEqual(
      2,
    );
    expect(await metric(app, /^tuoyu_notifications_sent_total\{.*template="filing_receipt"/)).toBeGreaterThanOrEqual(1);
  });

  it('retries an SMTP 4xx refusal and sends once when the server accepts again', async () => {
    const queue = queues.get(QueueName.Notification);
    const requested = receiptRequest('busy@example.cn');
    sink.mode = 'reject-temporarily';
    let job;
    try {
      job = await queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() });
      const during = await waitFor('two 451 refusals on the delivery row', async () => {
        const row = await deliveryOf(app, requested.idempotencyKey);
        return row && row.attempts >= 2 ? row : undefined;
      });
      expect(['pending', 'sending']).toContain(during.status);
      expect(during.lastError).toContain('451');
    } finally {
      sink.mode = 'accept';
    }
    expect((await waitForJobState(queue, job.id!)).state).toBe('completed');
    await waitForQueueIdle(queue);
    expect(sink.withKey(requested.idempotencyKey)).toHaveLength(1);
    expect(await deliveryOf(app, requested.idempotencyKey)).toMatchObject({ status: 'sent' });
  });
});

describe('notification: a delivery that runs out of attempts is marked failed', () => {
  // Its own queue prefix: this app must not take the jobs of the app above, nor it these.
  const env = { QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-exhaust` };
  let app: TestApp;
  let queues: TestQueues;
  // A port held for the whole test that resets every connection. (A port merely let go could be taken by an SMTP
  // sink of a test running beside this one, which then accepts the mail: that once made this test fail.)
  const unreachable = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.resetAndDestroy();
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => unreachable.listen(0, '127.0.0.1', resolve));
    const port = (unreachable.address() as AddressInfo).port;
    app = await startTestApp(NotificationAppModule, 'notification', {
      ...env,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      NOTIFICATION_RETRY_BASE_MS: '50',
      NOTIFICATION_MAX_ATTEMPTS: '3',
    });
    queues = new TestQueues(AppConfig.fromProcessEnv(env));
  });
  afterAll(async () => {
    await app?.close();
    await queues?.close();
    await new Promise((resolve) => unreachable.close(resolve));
  });

  it('fails the job for good after NOTIFICATION_MAX_ATTEMPTS, with the reason on the row', async () => {
    const queue = queues.get(QueueName.Notification);
    const requested = receiptRequest('unreachable@example.cn');
    const job = await queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() });
    const { job: failed, state } = await waitForJobState(queue, job.id!);
    expect(state).toBe('failed');
    expect(failed.failedReason).toContain('gave up after 3 attempts');
    const row = (await deliveryOf(app, requested.idempotencyKey))!;
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row.lastError).toMatch(/^gave up after 3 attempts: .*(ECONNREFUSED|ECONNRESET|ECONNECTION|ESOCKET)/);
    expect(await metric(app, /^tuoyu_notifications_failed_total\{.*reason="exhausted"/)).toBe(1);

    // Asked again, the key stays failed: no fourth attempt.
    const again = await queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() });
    const repeat = await waitForJobState(queue, again.id!);
    expect(repeat).toMatchObject({ state: 'completed', job: { returnvalue: 'failed_permanently' } });
    expect((await deliveryOf(app, requested.idempotencyKey))!.attempts).toBe(3);
  });
});
