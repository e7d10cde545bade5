import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { EntityManager } from '@mikro-orm/postgresql';
import { QueueName } from '@tuoyu/contracts';
import { FilingCase } from '@tuoyu/filing-domain';
import { OutboxMessage } from '@tuoyu/messaging';
import { TestApp, TestQueues, registrationBody, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';

const ROOT = resolve(__dirname, '../..');

/**
 * The operator's replay: POST /outbox/replay publishes a window of sent rows again (admin only, the window
 * checked), and `npm run replay` asks each service. Redis loses the jobs here while the automatic check is asleep,
 * so only the replay brings the handoff back; the consumer's inbox keeps its effect single.
 */
describe('operator replay of an outbox window', () => {
  // The marker is checked at start only: the loss below is left to the operator.
  const env = { REDIS_LOSS_CHECK_INTERVAL_MS: '3600000' };
  let registration: TestApp;
  let filing: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    registration = await startTestApp(RegistrationAppModule, 'registration', env);
    filing = await startTestApp(FilingAppModule, 'filing', env);
    queues = new TestQueues();
  }, 120_000);
  afterAll(async () => {
    await filing?.close();
    await registration?.close();
    await queues?.close();
  }, 60_000);

  // (No notification service here: its queue keeps its jobs, so settle() would wait for ever.)
  const unsent = (app: TestApp) => app.app.get(EntityManager).fork().count(OutboxMessage, { sentAt: null });
  const replay = (app: TestApp, body: object, token = app.token({ role: 'admin' })) =>
    request(app.url).post('/outbox/replay').set('Authorization', `Bearer ${token}`).send(body);

  it('refuses a bad window naming the field, and anyone but an administrator', async () => {
    const since = new Date().toISOString();
    expect((await replay(registration, {})).body.errors).toEqual([expect.objectContaining({ field: 'since' })]);
    expect((await replay(registration, { since: 'yesterday' })).status).toBe(400);
    const reversed = await replay(registration, { since, until: '2020-01-01T00:00:00Z' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'until' })]);
    const department = registration.token({ role: 'department', region: '512002' });
    expect((await replay(registration, { since }, department)).status).toBe(403);
  });

  it('publishes the window again through the script; the case opens once', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const body = registrationBody({
      approvedOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }),
    });
    await request(registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${registration.token({ role: 'authority', region: '512000' })}`)
      .send(body)
      .expect(201);
    const em = () => registration.app.get(EntityManager).fork();
    const cases = () =>
      filing.app
        .get(EntityManager)
        .fork()
        .count(FilingCase, { uscc: body.uscc as string });
    await waitFor('the case to open', async () => (await cases()) === 1);
    await waitFor(
      'every outbox row published',
      async () => (await unsent(registration)) + (await unsent(filing)) === 0,
    );
    const handoffs = await em().find(OutboxMessage, { queue: QueueName.Filing, sentAt: { $gte: new Date(since) } });
    expect(handoffs.length).toBeGreaterThan(0);

    await queues.loseAllKeys();
    expect(await queues.get(QueueName.Filing).getJob(handoffs[0].id)).toBeUndefined();

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        // As an operator runs it (npm run replay): the compiled CLI, built first when missing or stale.
        'scripts/cli.js',
        'replay',
        '--since',
        since,
        '--service',
        'registration',
        '--url',
        `registration=${registration.url}`,
      ],
      { cwd: ROOT, env: process.env, timeout: 600_000 },
    );
    const sentInWindow = await em().count(OutboxMessage, { sentAt: { $gte: new Date(since) } });
    const published = Number(/registration: (\d+) row\(s\) published again/.exec(stdout)?.[1]);
    expect(published).toBeGreaterThanOrEqual(handoffs.length);

    await waitFor('the handoff back in the filing queue, handled', async () => {
      const job = await queues.get(QueueName.Filing).getJob(handoffs[0].id);
      return job !== undefined && (await job.isCompleted());
    });
    await waitFor(
      'every outbox row published',
      async () => (await unsent(registration)) + (await unsent(filing)) === 0,
    );
    expect(await em().count(OutboxMessage, { sentAt: { $gte: new Date(since) } })).toBe(sentInWindow);
    expect(await cases()).toBe(1);
  }, 600_000);
});
