import { randomUUID } from 'node:crypto';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { ServiceProcess, SmtpSink, TestQueues, waitFor, waitForJobState } from '@tuoyu/testing';
import { Client } from 'pg';
import { metricValue, receiptNotice } from '../support/notice-requests';

/**
 * A notification process killed (SIGKILL) while the SMTP server holds back its 250: the claim was committed,
 * the outcome never was. The next process resends once, with the same Message-ID, and records the ambiguous
 * attempt for administrators.
 */
describe('notification: killed inside the SMTP conversation', () => {
  const sink = new SmtpSink();
  const env = {
    NOTIFICATION_SEND_LEASE_MS: '2000',
    LOG_LEVEL: 'warn',
  };
  let first: ServiceProcess;
  let second: ServiceProcess;
  let queues: TestQueues;
  let database: Client;
  let release: () => void = () => undefined;

  beforeAll(async () => {
    await sink.start();
    Object.assign(env, { SMTP_URL: sink.url });
    first = await new ServiceProcess('notification', 21110, env).start();
    queues = new TestQueues();
    database = new Client({
      connectionString: `postgres://postgres@127.0.0.1:5432/${process.env.DATABASE_PREFIX}_notification`,
    });
    await database.connect();
  }, 120_000);
  afterAll(async () => {
    release();
    await first?.kill();
    await second?.stop();
    await queues?.close();
    await database?.end();
    await sink.stop();
  }, 60_000);

  it('resends at most once, with the same Message-ID, and lists the ambiguous attempt', async () => {
    const notice = receiptNotice('killed-mid-smtp@example.cn');
    const held = new Promise<void>((resolve) => (release = resolve));
    sink.beforeReply = () => {
      sink.beforeReply = undefined;
      return held;
    };
    const queue = queues.get(QueueName.Notification);
    const job = await queue.add(MessageType.NotificationRequested, notice, { jobId: randomUUID() });
    await waitFor(
      'the first copy at the sink (its 250 held back)',
      () => sink.withKey(notice.idempotencyKey).length > 0,
    );

    // Killed at once, inside the conversation (SMTP timeouts would otherwise end it as a plain transient failure).
    await first.kill();
    release();
    // The replacement gets the job when the killed worker's lock lapses (BullMQ's stalled-job check).
    second = await new ServiceProcess('notification', 21111, env).start();

    const { job: done, state } = await waitForJobState(queue, job.id!, ['completed', 'failed'], { timeoutMs: 150_000 });
    expect(state).toBe('completed');
    expect(done.returnvalue).toBe('sent');
    const copies = sink.withKey(notice.idempotencyKey);
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((mail) => mail.messageId)).size).toBe(1);

    const { rows } = await database.query(
      'select status, attempts, ambiguous_attempts, last_error from delivery where idempotency_key = $1',
      [notice.idempotencyKey],
    );
    expect(rows).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2, ambiguous_attempts: 1, last_error: null }),
    ]);
    const metrics = await (await fetch(`${second.url}/metrics`)).text();
    expect(metricValue(metrics, /^tuoyu_notifications_ambiguous_total\{template="filing_receipt"/)).toBe(1);
  }, 240_000);
});
