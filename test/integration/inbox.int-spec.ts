import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '@tuoyu/clock';
import { HandoffsReceived, MessageType, QueueName } from '@tuoyu/contracts';
import { FilingCase } from '@tuoyu/filing-domain';
import { Inbox, InboxMessage, OutboxMessage } from '@tuoyu/messaging';
import { TestApp, TestQueues, registrationApprovedPayload, startTestApp, waitForJobState } from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';

describe('inbox: a message delivered twice has one effect', () => {
  let app: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    app = await startTestApp(FilingAppModule, 'filing');
    queues = new TestQueues();
    // The region has a department, so the handoff is delivered at once (HandoffReceived), not held for one.
    await request(app.url)
      .put('/departments/512002')
      .set('Authorization', `Bearer ${app.token({ role: 'admin' })}`)
      .send({ name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' })
      .expect(200);
  });
  afterAll(async () => {
    await app?.close();
    await queues?.close();
  });

  it('opens one filing case and writes its messages once when RegistrationApproved is redelivered', async () => {
    const queue = queues.get(QueueName.Filing);
    const payload = registrationApprovedPayload();
    const messageId = randomUUID();

    await queue.add(MessageType.RegistrationApproved, payload, { jobId: messageId });
    expect((await waitForJobState(queue, messageId)).state).toBe('completed');
    // Redelivery: BullMQ would dedupe a retained job id, so remove it first, as trimming eventually does.
    await (await queue.getJob(messageId))!.remove();
    await queue.add(MessageType.RegistrationApproved, payload, { jobId: messageId });
    expect((await waitForJobState(queue, messageId)).state).toBe('completed');

    const em = app.app.get(MikroORM).em.fork();
    const cases = await em.find(FilingCase, { registrationId: payload.registrationId });
    expect(cases).toHaveLength(1);
    const outbox = await em.find(OutboxMessage, { payload: { registrationId: payload.registrationId } });
    expect(outbox.map((m) => m.type)).toEqual([MessageType.HandoffReceived]);
    expect(await em.count(OutboxMessage, { payload: { template: 'filing_due', props: { uscc: payload.uscc } } })).toBe(
      1,
    );
  });

  it("opens an import batch's cases once when RegistrationsImported is redelivered, passing over a case already open", async () => {
    const queue = queues.get(QueueName.Filing);
    const importId = randomUUID();
    const history = { importId, sharedOn: '2026-11-16' };
    const registrations = [1, 2, 3].map(() => ({ ...registrationApprovedPayload(), history }));
    // The first one's case is open already (its own RegistrationApproved came first).
    const alone = randomUUID();
    await queue.add(MessageType.RegistrationApproved, registrations[0], { jobId: alone });
    expect((await waitForJobState(queue, alone)).state).toBe('completed');
    const messageId = randomUUID();
    const batch = { v: 1, importId, registrations };

    await queue.add(MessageType.RegistrationsImported, batch, { jobId: messageId });
    expect((await waitForJobState(queue, messageId)).state).toBe('completed');
    await (await queue.getJob(messageId))!.remove();
    await queue.add(MessageType.RegistrationsImported, batch, { jobId: messageId });
    expect((await waitForJobState(queue, messageId)).state).toBe('completed');

    const em = app.app.get(MikroORM).em.fork();
    const ids = registrations.map((r) => r.registrationId);
    const cases = await em.find(FilingCase, { registrationId: { $in: ids } });
    expect(cases.map((c) => c.registrationId).sort()).toEqual([...ids].sort());
    // Registration hears of the two the batch opened in one message; of the one open before in its own.
    const told = await em.find(OutboxMessage, { queue: QueueName.Registration, type: MessageType.HandoffsReceived });
    const receipts = told
      .map((m) => (m.payload as HandoffsReceived).receipts.map((r) => r.registrationId).sort())
      .filter((told_) => told_.some((id) => ids.includes(id)));
    expect(receipts.sort((a, b) => a.length - b.length)).toEqual([[ids[0]], [ids[1], ids[2]].sort()]);
  });

  it('runs the effect once when the same message is handled twice at the same time', async () => {
    const inbox = app.app.get(Inbox);
    const message = { id: randomUUID(), type: 'Probe' };
    let effects = 0;
    const effect = async () => {
      effects += 1;
    };
    const results = await Promise.all([inbox.handleOnce(message, effect), inbox.handleOnce(message, effect)]);
    expect(results.sort()).toEqual([false, true]);
    expect(effects).toBe(1);
  });

  it('writes one effect when the same message is handled in one statement twice at the same time', async () => {
    const inbox = app.app.get(Inbox);
    const message = { id: randomUUID(), type: 'Probe' };
    const handledAt = app.app.get(Clock).now();
    let runs = 0;
    // The effect's rows go out with the inbox row: the one refused by the inbox's key writes none of its own.
    const effect = (em: EntityManager) => {
      runs += 1;
      em.create(InboxMessage, { id: `${message.id}:effect-${runs}`, type: 'ProbeEffect', handledAt });
      return Promise.resolve();
    };
    const results = await Promise.all([
      inbox.handleOnceInOneStatement(message, effect),
      inbox.handleOnceInOneStatement(message, effect),
    ]);
    expect(results.sort()).toEqual([false, true]);
    const em = app.app.get(MikroORM).em.fork();
    expect(await em.count(InboxMessage, { id: { $like: `${message.id}:effect-%` } })).toBe(1);
  });
});
