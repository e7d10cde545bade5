import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { QueueName } from '@tuoyu/contracts';
import { InboxMessage, OutboxMessage, OutboxRelay, OutboxRetention } from '@tuoyu/messaging';
import { TestApp, TestQueues, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';
import { metricValue } from '../support/notice-requests';

const DAY = 86_400_000;

describe('outbox: a poison row is set aside, and retention trims what is old', () => {
  let app: TestApp;
  let queues: TestQueues;
  const em = () => app.app.get(MikroORM).em.fork();
  const row = (overrides: Partial<OutboxMessage>): OutboxMessage =>
    Object.assign(new OutboxMessage(), {
      id: randomUUID(),
      queue: QueueName.Filing,
      type: 'HolidayNoticeLoaded',
      payload: { v: 1, probe: randomUUID() },
      createdAt: new Date(),
      attempts: 0,
      ...overrides,
    });

  beforeAll(async () => {
    app = await startTestApp(RegistrationAppModule, 'registration', { OUTBOX_MAX_ATTEMPTS: '3' });
    queues = new TestQueues();
  });
  afterAll(async () => {
    await app?.close();
    await queues?.close();
  });

  it('publishes the rows behind a poison row at once, and sets the poison row aside after its attempts', async () => {
    // Older than anything else, so the relay meets it first: a queue this service does not know.
    const poison = row({ queue: 'no-such-queue', createdAt: new Date(Date.now() - 60_000) });
    const next = row({});
    await em().persistAndFlush([poison, next]);
    app.app.get(OutboxRelay).wake();

    const job = await waitFor('the next message in its queue', () => queues.get(QueueName.Filing).getJob(next.id));
    expect(job.data).toEqual(next.payload);
    // The batch that published it also recorded the poison row's failure (committed together).
    const stuck = await waitFor('the poison row failure recorded', async () => {
      const current = await em().findOneOrFail(OutboxMessage, poison.id);
      return current.attempts > 0 ? current : undefined;
    });
    expect(stuck.sentAt ?? null).toBeNull();
    expect(stuck.lastError).toContain('no-such-queue');

    const setAside = await waitFor('the poison row set aside', async () => {
      const current = await em().findOneOrFail(OutboxMessage, poison.id);
      return current.setAsideAt ? current : undefined;
    });
    expect(setAside.attempts).toBe(3);
    const admin = `Bearer ${app.token({ role: 'admin' })}`;
    const { body } = await request(app.url).get('/outbox/set-aside').set('Authorization', admin).expect(200);
    expect(body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: poison.id, queue: 'no-such-queue', attempts: 3, lastError: expect.any(String) }),
      ]),
    );
    await request(app.url)
      .get('/outbox/set-aside')
      .set('Authorization', `Bearer ${app.token({ role: 'authority', region: '512002' })}`)
      .expect(403);
    const metrics = (await request(app.url).get('/metrics').expect(200)).text;
    expect(metricValue(metrics, /^tuoyu_outbox_set_aside_total/)).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, /^tuoyu_outbox_set_aside\{/)).toBeGreaterThanOrEqual(1);
  });

  it('deletes sent outbox rows and inbox rows past their windows, and keeps recent, unsent and set-aside ones', async () => {
    const now = Date.now();
    const oldSent = row({ sentAt: new Date(now - 8 * DAY), createdAt: new Date(now - 8 * DAY) });
    const recentSent = row({ sentAt: new Date(now - 6 * DAY), createdAt: new Date(now - 6 * DAY) });
    const oldUnsentSetAside = row({ createdAt: new Date(now - 90 * DAY), setAsideAt: new Date(now - 89 * DAY) });
    const inbox = (ageDays: number) =>
      Object.assign(new InboxMessage(), {
        id: randomUUID(),
        type: 'HandoffReceived',
        handledAt: new Date(now - ageDays * DAY),
      });
    const oldInbox = inbox(31);
    const recentInbox = inbox(29);
    await em().persistAndFlush([oldSent, recentSent, oldUnsentSetAside, oldInbox, recentInbox]);

    const deleted = await app.app.get(OutboxRetention).trim();
    expect(deleted.outbox).toBeGreaterThanOrEqual(1);
    expect(deleted.inbox).toBeGreaterThanOrEqual(1);
    expect(await em().findOne(OutboxMessage, oldSent.id)).toBeNull();
    expect(await em().findOne(OutboxMessage, recentSent.id)).not.toBeNull();
    expect(await em().findOne(OutboxMessage, oldUnsentSetAside.id)).not.toBeNull();
    expect(await em().findOne(InboxMessage, oldInbox.id)).toBeNull();
    expect(await em().findOne(InboxMessage, recentInbox.id)).not.toBeNull();
  });
});
