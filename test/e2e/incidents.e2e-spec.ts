import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Deadline, DeadlineRung } from '@tuoyu/deadlines';
import { INCIDENT_SUBJECT, Incident, IncidentReportWatch } from '@tuoyu/evaluation-domain';
import { SmtpSink, TestApp, TestQueues, setTestClock, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { EvaluationAppModule } from '../../apps/evaluation/src/evaluation-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';
import { DEPARTMENT_EMAIL, acceptFiling } from '../support/evaluation-subject-fixture';

const ADMIN_EMAIL = 'ops@tuoyu.example.cn';

describe('incidents (test clock, real Redis/PostgreSQL/SMTP)', () => {
  const sink = new SmtpSink();
  let evaluation: TestApp;
  let notification: TestApp;
  let queues: TestQueues;

  const apps = () => [evaluation, notification];
  const em = () => evaluation.app.get(MikroORM).em.fork() as EntityManager;
  const bearer = (principal: Parameters<TestApp['token']>[0]) => `Bearer ${evaluation.token(principal)}`;
  const department = () => bearer({ role: 'department', region: '512002' });

  async function rungsOf(incidentId: string): Promise<Map<string, DeadlineRung>> {
    const deadline = await em().findOneOrFail(Deadline, { subjectType: INCIDENT_SUBJECT, subjectId: incidentId });
    const rungs = await em().find(DeadlineRung, { deadline }, { orderBy: { fireAt: 'asc' } });
    return new Map(rungs.map((r) => [r.rung, r]));
  }

  async function passRung(incidentId: string, name: string): Promise<DeadlineRung> {
    const rung = (await rungsOf(incidentId)).get(name)!;
    await setTestClock(apps(), new Date(rung.fireAt.getTime() + 1000));
    return waitFor(`rung ${name} to fire`, async () => {
      const current = (await rungsOf(incidentId)).get(name)!;
      return current.status === 'fired' ? current : undefined;
    });
  }

  beforeAll(async () => {
    await sink.start();
    const env = { SMTP_URL: sink.url, ADMIN_EMAIL };
    evaluation = await startTestApp(EvaluationAppModule, 'evaluation', env);
    notification = await startTestApp(NotificationAppModule, 'notification', env);
    queues = new TestQueues();
  });

  beforeEach(async () => {
    await setTestClock(apps(), '2026-10-12T14:00:00+08:00');
  });

  afterAll(async () => {
    await notification?.close();
    await evaluation?.close();
    await queues?.close();
    await sink.stop();
  });

  it('a critical incident reaches the department at once; its follow-up deadline reminds and escalates, and the conclusion meets it', async () => {
    const { payload } = await acceptFiling(evaluation, queues);
    const institution = bearer({ role: 'institution', uscc: payload.uscc });
    const reported = await request(evaluation.url)
      .post('/incidents')
      .set('Authorization', institution)
      .send({
        kind: 'food_poisoning',
        severity: 'critical',
        occurredAt: '2026-10-12T11:40:00+08:00',
        childrenAffected: 6,
        actionsTaken: '已送医，6名婴幼儿留院观察；已封存留样食品。',
      })
      .expect(201);
    // 30 days after 2026-10-12 is Wed 2026-11-11; reported 2 h 20 min after, past the 1 h limit for critical.
    expect(reported.body).toMatchObject({
      source: 'institution',
      status: 'open',
      followUpDueOn: '2026-11-11',
      reportedLate: true,
      reportDueAt: '2026-10-12T12:40:00.000+08:00',
    });
    const id = reported.body.id as string;
    const atOnce = await waitFor(
      'the department notice',
      () => sink.withKey(`incident-reported:${id}:${DEPARTMENT_EMAIL}`)[0],
    );
    expect(atOnce.subject).toContain('特别重大');
    expect(atOnce.text).toContain('2026-11-11 24:00');
    expect(atOnce.text).toContain('6名');

    const dueToday = await passRung(id, 'due_today');
    await waitFor('the reminder', () => sink.withKey(`deadline-rung:${dueToday.id}:${DEPARTMENT_EMAIL}`).length === 1);
    const breach = await passRung(id, 'breach');
    const escalation = await waitFor(
      'the escalation',
      () => sink.withKey(`deadline-rung:${breach.id}:${ADMIN_EMAIL}`)[0],
    );
    expect(escalation.subject).toContain(payload.name);
    await waitFor(
      'the overdue notice',
      () => sink.withKey(`deadline-rung:${breach.id}:${DEPARTMENT_EMAIL}`).length === 1,
    );

    const concluded = await request(evaluation.url)
      .post(`/incidents/${id}/conclusion`)
      .set('Authorization', department())
      .send({ conclusion: '食堂留样不合规，已责令整改并约谈负责人。' })
      .expect(200);
    expect(concluded.body).toMatchObject({ status: 'concluded' });
    const deadline = await em().findOneOrFail(Deadline, { subjectType: INCIDENT_SUBJECT, subjectId: id });
    expect(deadline.status).toBe('met');
    const pending = [...(await rungsOf(id)).values()].filter((r) => r.status === 'pending');
    expect(pending).toEqual([]);
  });

  it('an incident the department learned of elsewhere is flagged when the institution has not reported it by the limit', async () => {
    const { payload, subjectId } = await acceptFiling(evaluation, queues);
    const recorded = await request(evaluation.url)
      .post('/incidents/department-records')
      .set('Authorization', department())
      .send({
        subjectId,
        kind: 'injury',
        severity: 'serious',
        occurredAt: '2026-10-12T09:15:00+08:00',
        childrenAffected: 1,
        description: '家长反映婴幼儿在园摔伤，医院接诊。',
      })
      .expect(201);
    expect(recorded.body).toMatchObject({ source: 'department', reportedAt: null, notReported: false });
    const id = recorded.body.id as string;

    // Serious: 12 hours, so the report was due at 21:15 the same day.
    await setTestClock(apps(), '2026-10-12T21:16:00+08:00');
    const flag = await waitFor(
      'the not-reported notice',
      () => sink.withKey(`incident-not-reported:${id}:${DEPARTMENT_EMAIL}`)[0],
    );
    expect(flag.text).toContain(payload.name);
    await evaluation.app.get(IncidentReportWatch).flagDue();
    expect(sink.withKey(`incident-not-reported:${id}:${DEPARTMENT_EMAIL}`)).toHaveLength(1);

    // The late report completes the department's record (no second incident) and is marked late.
    const late = await request(evaluation.url)
      .post('/incidents')
      .set('Authorization', bearer({ role: 'institution', uscc: payload.uscc }))
      .send({
        kind: 'injury',
        severity: 'serious',
        occurredAt: '2026-10-12T09:20:00+08:00',
        childrenAffected: 1,
        actionsTaken: '已送医，额头缝合3针。',
      })
      .expect(201);
    expect(late.body).toMatchObject({ id, reportedLate: true, notReported: true, source: 'department' });
    expect(await em().count(Incident, { subjectId })).toBe(1);
  });

  it('a report in time of a recorded incident is not flagged', async () => {
    const { payload, subjectId } = await acceptFiling(evaluation, queues);
    const recorded = await request(evaluation.url)
      .post('/incidents/department-records')
      .set('Authorization', department())
      .send({
        subjectId,
        kind: 'missing_child',
        severity: 'major',
        occurredAt: '2026-10-12T13:30:00+08:00',
        description: '走失20分钟后找回。',
      })
      .expect(201);
    await request(evaluation.url)
      .post('/incidents')
      .set('Authorization', bearer({ role: 'institution', uscc: payload.uscc }))
      .send({
        kind: 'missing_child',
        severity: 'major',
        occurredAt: '2026-10-12T13:30:00+08:00',
        childrenAffected: 1,
        actionsTaken: '已找回，通知家长。',
      })
      .expect(201);
    await setTestClock(apps(), '2026-10-13T14:00:00+08:00');
    expect(await evaluation.app.get(IncidentReportWatch).flagDue()).toBe(0);
    expect(await em().findOneOrFail(Incident, recorded.body.id)).toMatchObject({
      notReported: false,
      reportedLate: false,
    });
    const list = await request(evaluation.url)
      .get('/incidents')
      .set('Authorization', bearer({ role: 'institution', uscc: payload.uscc }))
      .expect(200);
    expect(list.body).toHaveLength(1);
  });

  it.each([
    ['an unknown severity', 'severity', { severity: 'huge' }],
    ['an instant without offset', 'occurredAt', { occurredAt: '2026-10-12T11:40:00' }],
    ['a negative number of children', 'childrenAffected', { childrenAffected: -1 }],
    ['a full resident ID in the actions', 'actionsTaken', { actionsTaken: '涉事保育员11010519491231002X已停职' }],
    ['a time in the future', 'occurredAt', { occurredAt: '2026-10-13T09:00:00+08:00' }],
  ])('POST /incidents with %s is a 400 naming %s', async (_case, field, overrides) => {
    const { payload } = await acceptFiling(evaluation, queues);
    const response = await request(evaluation.url)
      .post('/incidents')
      .set('Authorization', bearer({ role: 'institution', uscc: payload.uscc }))
      .send({
        kind: 'injury',
        severity: 'general',
        occurredAt: '2026-10-12T11:40:00+08:00',
        childrenAffected: 1,
        actionsTaken: '已处理。',
        ...overrides,
      })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses the wrong roles', async () => {
    const body = {
      kind: 'injury',
      severity: 'general',
      occurredAt: '2026-10-12T11:40:00+08:00',
      childrenAffected: 1,
      actionsTaken: 'x',
    };
    await request(evaluation.url).post('/incidents').set('Authorization', department()).send(body).expect(403);
    await request(evaluation.url)
      .post('/incidents/department-records')
      .set('Authorization', bearer({ role: 'department', region: '140500' }))
      .send({
        subjectId: '6f1c0b7e-9a11-4a53-9d7e-1f0c2b7e9a11',
        kind: 'injury',
        severity: 'general',
        occurredAt: '2026-10-12T11:40:00+08:00',
        description: 'x',
      })
      .expect(404);
  });
});
