import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { MessageType, NoticeTemplate, NotificationRequested, QueueName } from '@tuoyu/contracts';
import { Delivery } from '@tuoyu/notification-domain';
import {
  SmtpSink,
  TestApp,
  TestQueues,
  makeResidentId,
  makeUscc,
  startTestApp,
  waitFor,
  waitForJobState,
} from '@tuoyu/testing';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';

function filingDueRequest(to: string): NotificationRequested {
  return {
    v: 1,
    idempotencyKey: `filing-due:${randomUUID()}:${to}`,
    template: NoticeTemplate.FilingDue,
    locale: 'zh-CN',
    to: [to],
    props: {
      institutionName: '雁江区小太阳托育园',
      uscc: makeUscc(),
      approvedOn: '2026-09-16',
      dueOn: '2026-10-08',
      dueAt: '2026-10-08T23:59:59.999+08:00',
      dueExplanation: ['raw last day 2026-10-01 falls in 国庆; extended to 2026-10-08'],
      caseUrl: 'http://filing.test/filings/1',
    },
  };
}

describe('notification: one email per idempotency key', () => {
  const sink = new SmtpSink();
  let app: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    app = await startTestApp(NotificationAppModule, 'notification', { SMTP_URL: sink.url });
    queues = new TestQueues();
  });
  afterAll(async () => {
    await app?.close();
    await queues?.close();
    await sink.stop();
  });

  it('sends the same request three times as one email carrying the key', async () => {
    const queue = queues.get(QueueName.Notification);
    const requested = filingDueRequest('thrice@example.cn');
    const outcomes: unknown[] = [];
    for (let i = 0; i < 3; i += 1) {
      const job = await queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() });
      const { job: done, state } = await waitForJobState(queue, job.id!);
      expect(state).toBe('completed');
      outcomes.push(done.returnvalue);
    }
    expect(outcomes).toEqual(['sent', 'already_sent', 'already_sent']);
    const mails = sink.withKey(requested.idempotencyKey);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('2026-10-08');
    expect(mails[0].text).toContain('雁江区小太阳托育园');
    const delivery = await app.app
      .get(MikroORM)
      .em.fork()
      .findOneOrFail(Delivery, { idempotencyKey: requested.idempotencyKey });
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, recipients: ['thrice@example.cn'] });
    expect(mails[0].messageId).toBe(delivery.messageId);
  });

  it('sends concurrent duplicates once', async () => {
    const queue = queues.get(QueueName.Notification);
    const requested = filingDueRequest('racing@example.cn');
    const jobs = await Promise.all(
      [1, 2, 3].map(() => queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() })),
    );
    for (const job of jobs) expect((await waitForJobState(queue, job.id!)).state).toBe('completed');
    expect(sink.withKey(requested.idempotencyKey)).toHaveLength(1);
  });

  it('records a permanent SMTP refusal (550) as failed with its reason, without retrying', async () => {
    const queue = queues.get(QueueName.Notification);
    const requested = filingDueRequest('gone@example.cn');
    sink.mode = 'reject-permanently';
    try {
      const job = await queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() });
      const { job: failed, state } = await waitForJobState(queue, job.id!);
      expect(state).toBe('failed');
      expect(failed.attemptsMade).toBe(1);
      expect(failed.failedReason).toContain('550');
    } finally {
      sink.mode = 'accept';
    }
    const delivery = await waitFor('the failed delivery row', () =>
      app.app.get(MikroORM).em.fork().findOne(Delivery, { idempotencyKey: requested.idempotencyKey }),
    );
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1 });
    expect(delivery.lastError).toContain('550');
    expect(sink.withKey(requested.idempotencyKey)).toHaveLength(0);
  });

  it('refuses at once a notice that would show a full resident ID number, naming it only masked', async () => {
    const queue = queues.get(QueueName.Notification);
    const id = makeResidentId();
    const requested = filingDueRequest('pii@example.cn');
    // A prop every locale shows (zh-CN emails no longer print the English due-date explanation).
    requested.props.institutionName = `雁江区小太阳托育园（法定代表人 ${id}）`;
    const job = await queue.add(MessageType.NotificationRequested, requested, { jobId: randomUUID() });
    const { job: failed, state } = await waitForJobState(queue, job.id!);
    expect(state).toBe('failed');
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toContain('would show a full resident ID number');
    expect(failed.failedReason).toContain(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(failed.failedReason).not.toContain(id);
    expect(sink.withKey(requested.idempotencyKey)).toHaveLength(0);
  });
});
