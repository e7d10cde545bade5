import { randomUUID } from 'node:crypto';
import { MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { MikroORM } from '@mikro-orm/core';
import { Delivery } from '@tuoyu/notification-domain';
import {
  SmtpSink,
  TestQueues,
  makeUscc,
  registrationApprovedPayload,
  registrationBody,
  waitForJobState,
} from '@tuoyu/testing';
import { TestSystem, startTestSystem } from '../support/test-system';
import request from 'supertest';

describe('a malformed message fails at once, stays in the failed set, and the worker goes on', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url });
    queues = new TestQueues();
  });
  afterAll(async () => {
    await system?.close();
    await queues?.close();
    await sink.stop();
  });

  async function registeredId(): Promise<string> {
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: '512002' })}`)
      .send(registrationBody())
      .expect(201);
    return created.body.id as string;
  }

  const validJobs: Record<QueueName, () => Promise<[MessageType, object]>> = {
    [QueueName.Registration]: async () => [
      MessageType.HandoffReceived,
      {
        v: 1,
        registrationId: await registeredId(),
        filingCaseId: randomUUID(),
        receivedAt: '2026-09-21T10:00:00.000+08:00',
      },
    ],
    [QueueName.Filing]: async () => [MessageType.RegistrationApproved, registrationApprovedPayload()],
    [QueueName.Evaluation]: async () => [
      MessageType.FilingAccepted,
      {
        v: 1,
        filingCaseId: randomUUID(),
        uscc: makeUscc(),
        name: '某托育园',
        regionCode: '512002',
        filedOn: '2026-10-01',
      },
    ],
    [QueueName.Notification]: async () => [
      MessageType.NotificationRequested,
      {
        v: 1,
        idempotencyKey: `malformed-test:${randomUUID()}`,
        template: NoticeTemplate.FilingDue,
        locale: 'zh-CN',
        to: ['next@example.cn'],
        props: {
          institutionName: '某托育园',
          uscc: makeUscc(),
          approvedOn: '2026-09-16',
          dueOn: '2026-10-08',
          dueAt: '2026-10-08T23:59:59.999+08:00',
          dueExplanation: ['x'],
          caseUrl: 'http://filing.test/filings/1',
        },
      },
    ],
  };

  const accepted: Record<QueueName, MessageType> = {
    [QueueName.Registration]: MessageType.HandoffReceived,
    [QueueName.Filing]: MessageType.RegistrationApproved,
    [QueueName.Evaluation]: MessageType.FilingAccepted,
    [QueueName.Notification]: MessageType.NotificationRequested,
  };

  it.each(Object.values(QueueName))('queue %s', async (name) => {
    const queue = queues.get(name);
    const wrongShape = await queue.add(accepted[name], { v: 1, surprise: true }, { jobId: randomUUID(), attempts: 5 });
    const notJson = await queue.add(accepted[name], 'just a string', { jobId: randomUUID(), attempts: 5 });
    const unknownType = await queue.add('SomethingElse', { v: 1 }, { jobId: randomUUID(), attempts: 5 });
    const [type, payload] = await validJobs[name]();
    const valid = await queue.add(type, payload, { jobId: randomUUID() });

    for (const bad of [wrongShape, notJson, unknownType]) {
      const { job, state } = await waitForJobState(queue, bad.id!, ['failed']);
      expect(state).toBe('failed');
      expect(job.attemptsMade).toBe(1);
      expect(job.failedReason.length).toBeGreaterThan(10);
    }
    const shape = (await queue.getJob(wrongShape.id!))!.failedReason;
    expect(shape).toMatch(/invalid/);
    expect((await queue.getJob(notJson.id!))!.failedReason).toContain('payload must be a JSON object');
    expect((await queue.getJob(unknownType.id!))!.failedReason).toContain(
      `queue "${name}" does not accept message type "SomethingElse"`,
    );

    const { job, state } = await waitForJobState(queue, valid.id!);
    expect({ state, failedReason: job.failedReason }).toEqual({ state: 'completed', failedReason: undefined });
    expect(await queue.getFailedCount()).toBeGreaterThanOrEqual(3);
  });

  it('names the offending fields in the failed reason', async () => {
    const queue = queues.get(QueueName.Filing);
    const job = await queue.add(
      MessageType.RegistrationApproved,
      { v: 1, registrationId: 'nope', capacity: -1 },
      { jobId: randomUUID() },
    );
    const { job: failed } = await waitForJobState(queue, job.id!, ['failed']);
    expect(failed.failedReason).toContain('registrationId');
    expect(failed.failedReason).toContain('capacity');
    expect(failed.failedReason).toContain('uscc');
  });

  it('fails a notice whose props do not fit its template without retrying', async () => {
    const queue = queues.get(QueueName.Notification);
    const idempotencyKey = `bad-props:${randomUUID()}`;
    const job = await queue.add(
      MessageType.NotificationRequested,
      {
        v: 1,
        idempotencyKey,
        template: NoticeTemplate.FilingDue,
        locale: 'zh-CN',
        to: ['x@example.cn'],
        props: { dueOn: 'soon' },
      },
      { jobId: randomUUID() },
    );
    const { job: failed } = await waitForJobState(queue, job.id!, ['failed']);
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toContain('props of filing_due is invalid');
    const em = system.notification.app.get(MikroORM).em.fork();
    expect(await em.count(Delivery, { idempotencyKey })).toBe(0);
    expect(sink.to('x@example.cn')).toHaveLength(0);
  });
});
