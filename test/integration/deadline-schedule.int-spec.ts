import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { OutboxMessage } from '@tuoyu/messaging';
import { Deadline, DeadlineRung, DeadlineScheduler, DeadlineSweeper } from '@tuoyu/deadlines';
import {
  DepartmentDirectory,
  FILING_CASE_SUBJECT,
  FilingCase,
  FilingSubmissionService,
  type SubmitFilingCommand,
} from '@tuoyu/filing-domain';
import {
  SmtpSink,
  TestApp,
  TestQueues,
  filingSubmissionBody,
  registrationApprovedPayload,
  setTestClock,
  startTestApp,
  storeRequiredDocuments,
  waitFor,
} from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';

const DEPARTMENT_EMAIL = 'tuoyu@yanjiang.example.gov.cn';

/** The filing ladder for a case approved 2026-09-20 (due 2026-10-08, after 国庆), in local time. */
const LADDER = [
  ['due_in_7_days', '2026-10-01T09:00:00+08:00'],
  ['due_in_3_days', '2026-10-05T09:00:00+08:00'],
  ['due_in_1_day', '2026-10-07T09:00:00+08:00'],
  ['due_today', '2026-10-08T09:00:00+08:00'],
  ['breach', '2026-10-09T00:00:00+08:00'],
  ['overdue_weekly#1', '2026-10-16T09:00:00+08:00'],
] as const;

describe('durable deadline schedule (filing deadline, test clock, real Redis/PostgreSQL/SMTP)', () => {
  const sink = new SmtpSink();
  let filing: TestApp;
  let secondFiling: TestApp;
  let notification: TestApp;
  let queues: TestQueues;

  const em = () => filing.app.get(MikroORM).em.fork() as EntityManager;
  const apps = () => [filing, secondFiling, notification];

  async function openCase(overrides: Parameters<typeof registrationApprovedPayload>[0] = {}): Promise<FilingCase> {
    const payload = registrationApprovedPayload({
      approvedOn: '2026-09-20',
      contactEmail: `${randomUUID()}@example.cn`,
      ...overrides,
    });
    await queues.get(QueueName.Filing).add(MessageType.RegistrationApproved, payload, { jobId: randomUUID() });
    return waitFor('the filing case', () => em().findOne(FilingCase, { registrationId: payload.registrationId }));
  }

  async function rungsOf(caseId: string): Promise<Map<string, DeadlineRung>> {
    const deadline = await em().findOneOrFail(Deadline, { subjectType: FILING_CASE_SUBJECT, subjectId: caseId });
    const rungs = await em().find(DeadlineRung, { deadline }, { orderBy: { fireAt: 'asc' } });
    return new Map(rungs.map((r) => [r.rung, r]));
  }

  const keyOf = (rung: DeadlineRung, to: string) => `deadline-rung:${rung.id}:${to}`;

  beforeAll(async () => {
    await sink.start();
    filing = await startTestApp(FilingAppModule, 'filing');
    secondFiling = await startTestApp(FilingAppModule, 'filing');
    notification = await startTestApp(NotificationAppModule, 'notification', { SMTP_URL: sink.url });
    queues = new TestQueues();
    await filing.app.get(DepartmentDirectory).put('512002', { name: '雁江区卫生健康局', email: DEPARTMENT_EMAIL });
  });

  beforeEach(async () => {
    await setTestClock(apps(), '2026-09-20T10:00:00+08:00');
  });

  afterAll(async () => {
    await secondFiling?.close();
    await filing?.close();
    await notification?.close();
    await queues?.close();
    await sink.stop();
  });

  it('fires every rung once, at its local time, as the clock moves through the filing period', async () => {
    const filingCase = await openCase();
    const institution = filingCase.contactEmail;
    expect(filingCase).toMatchObject({ dueOn: '2026-10-08', status: 'awaiting_submission' });
    await waitFor('the first notice', () => sink.to(institution).length === 1);

    const planned = await rungsOf(filingCase.id);
    expect([...planned.keys()]).toEqual(LADDER.map(([name]) => name));
    for (const [name, local] of LADDER) {
      const rung = planned.get(name)!;
      expect(rung.fireAt.toISOString()).toBe(new Date(local).toISOString());

      await setTestClock(apps(), new Date(rung.fireAt.getTime() - 60_000));
      await filing.app.get(DeadlineSweeper).sweep();
      expect((await rungsOf(filingCase.id)).get(name)!.status).toBe('pending');

      await setTestClock(apps(), new Date(rung.fireAt.getTime() + 1000));
      const fired = await waitFor(`rung ${name} to fire`, async () => {
        const current = (await rungsOf(filingCase.id)).get(name)!;
        return current.status === 'fired' ? current : undefined;
      });
      expect(fired.firedAt!.getTime()).toBeGreaterThanOrEqual(rung.fireAt.getTime());
      expect(fired.firedAt!.getTime() - rung.fireAt.getTime()).toBeLessThan(60_000);
      await waitFor(`the ${name} email`, () => sink.withKey(keyOf(fired, institution)).length === 1);
    }

    const rungs = await rungsOf(filingCase.id);
    // Institution: first notice, 4 reminders, the overdue notice at breach, the first weekly overdue reminder.
    expect(sink.to(institution)).toHaveLength(7);
    const escalations = sink.withKey(keyOf(rungs.get('breach')!, DEPARTMENT_EMAIL));
    expect(escalations).toHaveLength(1);
    expect(escalations[0].subject).toContain('逾期督办');
    expect(sink.withKey(keyOf(rungs.get('breach')!, institution))[0].subject).toContain('逾期');
    expect(sink.withKey(keyOf(rungs.get('due_in_3_days')!, institution))[0].subject).toContain('2026-10-08');
    expect(await em().findOneOrFail(FilingCase, filingCase.id)).toMatchObject({ status: 'overdue' });
    // Two replicas sweep side by side: each counts the rungs it fired.
    const scrape = async (app: TestApp) => (await request(app.url).get('/metrics').expect(200)).text;
    const metrics = (await scrape(filing)) + (await scrape(secondFiling));
    expect(metrics).toMatch(
      /tuoyu_deadline_rungs_fired_total\{kind="filing",rung="breach",via="sweeper",service="filing"\} [1-9]/,
    );
    expect(metrics).toContain('tuoyu_deadline_rung_lateness_seconds_bucket');
    expect(metrics).toMatch(/tuoyu_deadlines_breached\{kind="filing",service="filing"\} [1-9]/);
    expect(metrics).toMatch(/tuoyu_deadlines_open\{kind="filing",service="filing"\} [1-9]/);
    expect(rungs.get('overdue_weekly#2')).toMatchObject({ status: 'pending' });
    expect(rungs.get('overdue_weekly#2')!.fireAt.toISOString()).toBe(
      new Date('2026-10-23T09:00:00+08:00').toISOString(),
    );
  });

  it('stops the remaining rungs when the filing is submitted before its due date', async () => {
    const filingCase = await openCase();
    await setTestClock(apps(), '2026-10-01T09:00:01+08:00');
    await waitFor(
      'the 7-day reminder',
      async () => (await rungsOf(filingCase.id)).get('due_in_7_days')!.status === 'fired',
    );

    const documents = await storeRequiredDocuments(filing.app, filingCase.id, filingCase.uscc);
    await filing.app
      .get(FilingSubmissionService)
      .submit(filingCase.id, filingSubmissionBody(documents) as unknown as SubmitFilingCommand, {
        role: 'institution',
        uscc: filingCase.uscc,
      });
    await setTestClock(apps(), '2026-10-20T09:00:00+08:00');
    await filing.app.get(DeadlineSweeper).sweep();

    const rungs = await rungsOf(filingCase.id);
    expect([...rungs.values()].map((r) => [r.rung, r.status])).toEqual([
      ['due_in_7_days', 'fired'],
      ['due_in_3_days', 'cancelled'],
      ['due_in_1_day', 'cancelled'],
      ['due_today', 'cancelled'],
      ['breach', 'cancelled'],
      ['overdue_weekly#1', 'cancelled'],
    ]);
    expect(await em().findOneOrFail(Deadline, { subjectId: filingCase.id })).toMatchObject({ status: 'met' });
    expect(await em().findOneOrFail(FilingCase, filingCase.id)).toMatchObject({ status: 'submitted' });
  });

  it('gives no duplicate when two sweepers race over the same due rungs', async () => {
    const cases = await Promise.all(Array.from({ length: 8 }, () => openCase()));
    await setTestClock(apps(), '2026-10-09T00:00:01+08:00');
    const [a, b] = await Promise.all([
      filing.app.get(DeadlineSweeper).sweep(),
      secondFiling.app.get(DeadlineSweeper).sweep(),
    ]);

    // Catching up: of the five rungs due at once (7/3/1 days, due today, breach) only the breach speaks.
    const due = cases.length * 5;
    const settled = await waitFor('every due rung fired or skipped', async () => {
      const all = (await Promise.all(cases.map((c) => rungsOf(c.id)))).flatMap((m) => [...m.values()]);
      const done = all.filter((r) => r.status === 'fired' || r.status === 'skipped');
      return done.length === due ? done : undefined;
    });
    expect(a + b).toBeLessThanOrEqual(due);
    expect(new Set(settled.map((r) => r.id)).size).toBe(due);
    expect(settled.filter((r) => r.status === 'fired').map((r) => r.rung)).toEqual(cases.map(() => 'breach'));
    await waitFor('every overdue notice delivered', () => cases.every((c) => sink.to(c.contactEmail).length === 2));
    for (const c of cases) expect(sink.to(c.contactEmail)).toHaveLength(2);
  });

  it('a submission racing the breach neither deadlocks nor is overwritten by the overdue status', async () => {
    const cases = await Promise.all(Array.from({ length: 6 }, () => openCase()));
    const documents = new Map<string, string[]>();
    for (const c of cases) documents.set(c.id, await storeRequiredDocuments(filing.app, c.id, c.uscc));
    await setTestClock(apps(), '2026-10-09T00:00:01+08:00');
    const submit = (c: FilingCase) =>
      filing.app
        .get(FilingSubmissionService)
        .submit(c.id, filingSubmissionBody(documents.get(c.id)!) as unknown as SubmitFilingCommand, {
          role: 'institution',
          uscc: c.uscc,
        });
    const results = await Promise.allSettled([
      filing.app.get(DeadlineSweeper).sweep(),
      secondFiling.app.get(DeadlineSweeper).sweep(),
      ...cases.map(submit),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    for (const c of cases) {
      expect(await em().findOneOrFail(FilingCase, c.id)).toMatchObject({ status: 'submitted' });
      const deadline = await em().findOneOrFail(Deadline, { subjectType: FILING_CASE_SUBJECT, subjectId: c.id });
      expect(deadline.status).toBe('met');
      expect(await em().count(DeadlineRung, { deadline, status: 'pending' })).toBe(0);
    }
  });

  it('leaves the deadline open and its rungs pending when the change that met it rolls back', async () => {
    const filingCase = await openCase();
    const subject = { type: FILING_CASE_SUBJECT, id: filingCase.id };
    await expect(
      em().transactional(async (tx) => {
        await filing.app.get(DeadlineScheduler).meet(tx, subject, 'filing');
        throw new Error('refused after meeting the deadline');
      }),
    ).rejects.toThrow('refused after meeting the deadline');
    const deadline = await em().findOneOrFail(Deadline, { subjectType: FILING_CASE_SUBJECT, subjectId: filingCase.id });
    expect(deadline.status).toBe('open');
    expect(await em().count(DeadlineRung, { deadline, status: 'cancelled' })).toBe(0);
  });

  it('loses no rung when Redis is flushed in the middle', async () => {
    const filingCase = await openCase();
    await waitFor('the first notice', () => sink.to(filingCase.contactEmail).length === 1);
    // The 7-day rung enters the fast-path horizon: the sweeper gives it its delayed job.
    await setTestClock(apps(), '2026-10-01T08:55:00+08:00');
    await filing.app.get(DeadlineSweeper).sweep();
    await waitFor(
      'the fast-path job to be queued',
      async () => (await queues.get(QueueName.Filing).getDelayedCount()) > 0,
    );
    expect(await queues.loseAllKeys()).toBeGreaterThan(0);

    await setTestClock(apps(), '2026-10-09T00:00:01+08:00');
    await waitFor('all due rungs settled after the flush', async () => {
      const rungs = await rungsOf(filingCase.id);
      return (
        ['due_in_7_days', 'due_in_3_days', 'due_in_1_day', 'due_today'].every(
          (n) => rungs.get(n)!.status === 'skipped',
        ) && rungs.get('breach')!.status === 'fired'
      );
    });
    // The first notice and the overdue notice: the stale reminders are skipped, not sent late.
    await waitFor('the overdue notice delivered', () => sink.to(filingCase.contactEmail).length === 2);
  });

  it('queues a rung beyond the horizon only when it enters it, and fires it once', async () => {
    const filingCase = await openCase();
    await waitFor('the first notice', () => sink.to(filingCase.contactEmail).length === 1);
    const rungIds = [...(await rungsOf(filingCase.id)).values()].map((r) => r.id);
    const outboxFor = async (ids: string[]) =>
      (await em().find(OutboxMessage, { type: MessageType.DeadlineRungDue })).filter((m) =>
        ids.includes((m.payload as { rungId: string }).rungId),
      );
    const jobsFor = async (ids: string[]) =>
      (await queues.get(QueueName.Filing).getJobs(['delayed', 'waiting', 'active', 'completed', 'failed'])).filter(
        (job) => ids.includes((job.data as { rungId?: string }).rungId ?? ''),
      );
    // Every rung is days ahead: no outbox row, so no Redis job, now or later, until the sweeper queues one.
    expect(await outboxFor(rungIds)).toEqual([]);
    expect(await jobsFor(rungIds)).toEqual([]);

    const sevenDays = (await rungsOf(filingCase.id)).get('due_in_7_days')!;
    await setTestClock(apps(), new Date(sevenDays.fireAt.getTime() - 5 * 60_000));
    await filing.app.get(DeadlineSweeper).sweep();
    await secondFiling.app.get(DeadlineSweeper).sweep();
    expect((await outboxFor(rungIds)).map((m) => (m.payload as { rungId: string }).rungId)).toEqual([sevenDays.id]);
    await waitFor('its delayed job', async () => (await jobsFor([sevenDays.id])).length === 1);

    await setTestClock(apps(), new Date(sevenDays.fireAt.getTime() + 1000));
    await waitFor('the 7-day reminder', () => sink.withKey(keyOf(sevenDays, filingCase.contactEmail)).length === 1);
    await filing.app.get(DeadlineSweeper).sweep();
    expect((await rungsOf(filingCase.id)).get('due_in_7_days')).toMatchObject({ status: 'fired' });
    expect(await outboxFor(rungIds)).toHaveLength(1);
    expect(sink.withKey(keyOf(sevenDays, filingCase.contactEmail))).toHaveLength(1);
  });

  it('fires a rung on time through its delayed job when the sweeper is not looking', async () => {
    const sleepy = await startTestApp(FilingAppModule, 'filing', { DEADLINE_SWEEP_INTERVAL_MS: '600000' });
    try {
      await secondFiling.close();
      await filing.close();
      await setTestClock([sleepy, notification], '2026-10-01T08:59:57+08:00');
      const payload = registrationApprovedPayload({
        approvedOn: '2026-09-20',
        contactEmail: `${randomUUID()}@example.cn`,
      });
      await queues.get(QueueName.Filing).add(MessageType.RegistrationApproved, payload, { jobId: randomUUID() });
      const sleepyEm = () => sleepy.app.get(MikroORM).em.fork() as EntityManager;
      const caseRow = await waitFor('the case', () =>
        sleepyEm().findOne(FilingCase, { registrationId: payload.registrationId }),
      );
      const rung = await waitFor('the 7-day rung fired by its job', async () => {
        const deadline = await sleepyEm().findOneOrFail(Deadline, { subjectId: caseRow.id });
        const found = await sleepyEm().findOneOrFail(DeadlineRung, { deadline, rung: 'due_in_7_days' });
        return found.status === 'fired' ? found : undefined;
      });
      expect(rung.firedBy).toBe('fast_path');
      expect(rung.firedAt!.getTime()).toBeGreaterThanOrEqual(rung.fireAt.getTime());
    } finally {
      await sleepy.close();
    }
  });
});
