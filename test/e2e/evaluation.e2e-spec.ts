import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilingAccepted, MessageType, QueueName } from '@tuoyu/contracts';
import { Deadline, DeadlineRung } from '@tuoyu/deadlines';
import {
  Ban,
  DEFAULT_CHECKLIST,
  EvaluationSubject,
  INSPECTION_CATEGORIES,
  RECTIFICATION_ORDER_SUBJECT,
} from '@tuoyu/evaluation-domain';
import { OutboxMessage } from '@tuoyu/messaging';
import {
  SmtpSink,
  TestApp,
  TestQueues,
  makeResidentId,
  makeUscc,
  setTestClock,
  startTestApp,
  waitFor,
} from '@tuoyu/testing';
import { Job } from 'bullmq';
import request from 'supertest';
import { EvaluationAppModule } from '../../apps/evaluation/src/evaluation-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';
import { settle } from '../support/settle';

const DEPARTMENT_EMAIL = 'pinggu@yanjiang.example.gov.cn';
const ALL_PASSED = DEFAULT_CHECKLIST.filter((i) => i.check === 'judgement').map((i) => ({
  code: i.code,
  passed: true,
}));
const GOOD_CLASSES = [
  { name: '乳一班', ageGroup: 'infant', children: 9, carers: 3 },
  { name: '小一班', ageGroup: 'toddler_small', children: 10, carers: 2 },
];
const GOOD_CCTV = { coversAllChildAreas: true, retentionDays: 90 };
const SCORES = { conditions: 85, staff: 80, care: 75, health: 80, parenting_support: 75, safety: 80, management: 80 };

describe('evaluation service (test clock, real Redis/PostgreSQL/SMTP)', () => {
  const sink = new SmtpSink();
  let evaluation: TestApp;
  let notification: TestApp;
  let queues: TestQueues;

  const apps = () => [evaluation, notification];
  const em = () => evaluation.app.get(MikroORM).em.fork() as EntityManager;
  const department = (region = '512002') => `Bearer ${evaluation.token({ role: 'department', region })}`;
  const keyOf = (rung: DeadlineRung, to: string) => `deadline-rung:${rung.id}:${to}`;

  /** FilingAccepted as the filing service sends it on acceptance (备案回执). */
  async function acceptFiling(overrides: Partial<FilingAccepted> = {}) {
    const payload: FilingAccepted = {
      v: 1,
      filingCaseId: randomUUID(),
      uscc: makeUscc(),
      name: '雁江区小星星托育中心',
      regionCode: '512002',
      filedOn: '2026-10-12',
      contactEmail: `${randomUUID()}@example.cn`,
      departmentName: '资阳市雁江区卫生健康局',
      departmentEmail: DEPARTMENT_EMAIL,
      ...overrides,
    };
    await queues.get(QueueName.Evaluation).add(MessageType.FilingAccepted, payload, { jobId: randomUUID() });
    const subject = await waitFor('the evaluation subject', async () => {
      const response = await request(evaluation.url)
        .get('/evaluation-subjects')
        .query({ uscc: payload.uscc })
        .set('Authorization', department())
        .expect(200);
      return response.body[0] as { id: string; deadlines: { kind: string; dueOn: string; status: string }[] };
    });
    return { payload, subject };
  }

  async function rungsOf(orderId: string): Promise<Map<string, DeadlineRung>> {
    const deadline = await em().findOneOrFail(Deadline, {
      subjectType: RECTIFICATION_ORDER_SUBJECT,
      subjectId: orderId,
    });
    const rungs = await em().find(DeadlineRung, { deadline }, { orderBy: { fireAt: 'asc' } });
    return new Map(rungs.map((r) => [r.rung, r]));
  }

  /** Moves past a rung and waits until it fired (by its delayed job or the sweeper, whichever came first). */
  async function passRung(orderId: string, name: string): Promise<DeadlineRung> {
    const rung = (await rungsOf(orderId)).get(name)!;
    await setTestClock(apps(), new Date(rung.fireAt.getTime() + 1000));
    return waitFor(`rung ${name} to fire`, async () => {
      const current = (await rungsOf(orderId)).get(name)!;
      return current.status === 'fired' ? current : undefined;
    });
  }

  async function filingJobs(type: MessageType): Promise<Job[]> {
    const jobs = await queues.get(QueueName.Filing).getJobs(['waiting', 'delayed', 'completed', 'failed', 'active']);
    return jobs.filter((job) => job.name === String(type));
  }

  beforeAll(async () => {
    await sink.start();
    evaluation = await startTestApp(EvaluationAppModule, 'evaluation', { SMTP_URL: sink.url });
    notification = await startTestApp(NotificationAppModule, 'notification', { SMTP_URL: sink.url });
    queues = new TestQueues();
  });

  beforeEach(async () => {
    await setTestClock(apps(), '2026-10-12T10:00:00+08:00');
  });

  afterAll(async () => {
    await notification?.close();
    await evaluation?.close();
    await queues?.close();
    await sink.stop();
  });

  it('an accepted filing schedules the first quality evaluation and the yearly supervision inspection, once', async () => {
    const { payload, subject } = await acceptFiling();
    // 6 months and 12 months after filing on 2026-10-12 (民法典 §202), both working days.
    expect(subject.deadlines).toEqual([
      { kind: 'quality_evaluation', dueOn: '2027-04-12', status: 'open' },
      { kind: 'supervision_inspection', dueOn: '2027-10-12', status: 'open' },
    ]);
    const quality = await em().findOneOrFail(Deadline, { subjectId: subject.id, kind: 'quality_evaluation' });
    const rungs = await em().find(DeadlineRung, { deadline: quality }, { orderBy: { fireAt: 'asc' } });
    expect(rungs.map((r) => r.rung)).toEqual([
      'due_in_30_days',
      'due_in_7_days',
      'due_today',
      'breach',
      'overdue_weekly#1',
    ]);

    // A second FilingAccepted for the same case (another message id) finds the subject it opened, and its new address.
    const again = randomUUID();
    const newAddress = `${randomUUID()}@example.cn`;
    await queues
      .get(QueueName.Evaluation)
      .add(MessageType.FilingAccepted, { ...payload, contactEmail: newAddress }, { jobId: again });
    await waitFor(
      'the repeated acceptance',
      async () => (await queues.get(QueueName.Evaluation).getJobState(again)) === 'completed',
    );
    expect(await em().count(Deadline, { subjectId: subject.id })).toBe(2);
    expect(await em().findOneOrFail(EvaluationSubject, subject.id)).toMatchObject({
      contactEmail: newAddress,
      departmentEmail: DEPARTMENT_EMAIL,
    });
  });

  it('an inspection with failed items orders a rectification: reminders and escalation once each; re-inspection closes it', async () => {
    const { payload, subject } = await acceptFiling();
    const institution = payload.contactEmail!;
    const inspected = await request(evaluation.url)
      .post(`/evaluation-subjects/${subject.id}/inspections`)
      .set('Authorization', department())
      .send({
        inspectedOn: '2026-10-12',
        findings: ALL_PASSED,
        classes: [...GOOD_CLASSES, { name: '小二班', ageGroup: 'toddler_small', children: 12, carers: 2 }],
        cctv: { coversAllChildAreas: true, retentionDays: 30 },
        rectificationDueOn: '2026-10-22',
      })
      .expect(201);
    expect(inspected.body).toMatchObject({ passed: false, nextInspectionDueOn: '2027-10-12' });
    const order = inspected.body.rectificationOrder;
    expect(order).toMatchObject({ status: 'open', orderedDueOn: '2026-10-22', dueOn: '2026-10-22' });
    expect(order.items.map((i: { code: string; finding: string }) => [i.code, i.finding])).toEqual([
      ['safety.cctv_retention', 'footage kept 30 days, fewer than 90'],
      ['care.staff_ratio', '托小班「小二班」 2 carers for 12 children, below 1:5'],
    ]);
    const ordered = await waitFor('the rectification order email', () => {
      const mails = sink.withKey(`rectification-ordered:${order.id}:${institution}`);
      return mails.length ? mails : undefined;
    });
    expect(ordered[0].subject).toContain('2026-10-22');
    expect(ordered[0].text).toContain('1:5');

    const reminders = ['due_in_7_days', 'due_in_3_days', 'due_in_1_day', 'due_today'];
    for (const name of reminders) {
      const fired = await passRung(order.id, name);
      await waitFor(`the ${name} reminder`, () => sink.withKey(keyOf(fired, institution)).length === 1);
    }
    const breach = await passRung(order.id, 'breach');
    await waitFor('the escalation', () => sink.withKey(keyOf(breach, DEPARTMENT_EMAIL)).length === 1);
    await waitFor('the overdue notice', () => sink.withKey(keyOf(breach, institution)).length === 1);
    // Let both triggers have their go: the sweeper again, and any late fast-path job.
    await settle([evaluation, notification]);

    const rungs = await rungsOf(order.id);
    for (const name of reminders) expect(sink.withKey(keyOf(rungs.get(name)!, institution))).toHaveLength(1);
    expect(sink.withKey(keyOf(breach, institution))).toHaveLength(1);
    const escalations = sink.withKey(keyOf(breach, DEPARTMENT_EMAIL));
    expect(escalations).toHaveLength(1);
    expect(escalations[0].subject).toContain('2026-10-22');
    // Institution: the order, four reminders and the overdue notice; nothing else.
    expect(sink.to(institution)).toHaveLength(6);

    const detail = await request(evaluation.url)
      .get(`/evaluation-subjects/${subject.id}`)
      .set('Authorization', department())
      .expect(200);
    expect(detail.body.rectificationOrders[0]).toMatchObject({ status: 'open', overdue: true });

    await setTestClock(apps(), '2026-10-26T10:00:00+08:00');
    const stillFailing = await request(evaluation.url)
      .post(`/rectification-orders/${order.id}/re-inspections`)
      .set('Authorization', department())
      .send({
        inspectedOn: '2026-10-26',
        findings: [],
        classes: GOOD_CLASSES,
        cctv: { coversAllChildAreas: true, retentionDays: 60 },
      })
      .expect(201);
    expect(stillFailing.body).toMatchObject({
      kind: 're_inspection',
      passed: false,
      rectificationOrder: { status: 'open' },
    });

    const rectified = await request(evaluation.url)
      .post(`/rectification-orders/${order.id}/re-inspections`)
      .set('Authorization', department())
      .send({ inspectedOn: '2026-10-26', findings: [], classes: GOOD_CLASSES, cctv: GOOD_CCTV })
      .expect(201);
    expect(rectified.body).toMatchObject({ passed: true, rectificationOrder: { status: 'closed' } });
    // Each re-inspection tells the institution its outcome: what still fails, then that the order is closed.
    const reviews = await waitFor('both re-inspection notices', () => {
      const found = sink.to(institution).filter((mail) => mail.subject?.startsWith('【整改复查】'));
      return found.length === 2 ? found : undefined;
    });
    expect(reviews.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('复查未通过'), expect.stringContaining('整改已通过复查')]),
    );
    expect(reviews.find((mail) => mail.subject?.includes('复查未通过'))!.text).toContain('90');
    const deadline = await em().findOneOrFail(Deadline, { subjectId: order.id });
    expect(deadline.status).toBe('met');
    expect((await rungsOf(order.id)).get('overdue_weekly#1')).toMatchObject({ status: 'cancelled' });
    await request(evaluation.url)
      .post(`/rectification-orders/${order.id}/re-inspections`)
      .set('Authorization', department())
      .send({ inspectedOn: '2026-10-26', findings: [], classes: GOOD_CLASSES, cctv: GOOD_CCTV })
      .expect(409);

    // The first inspection met the first supervision duty; the next is due a year after it.
    const after = await request(evaluation.url)
      .get(`/evaluation-subjects/${subject.id}`)
      .set('Authorization', department())
      .expect(200);
    expect(after.body.deadlines).toEqual(
      expect.arrayContaining([
        { kind: 'supervision_inspection', dueOn: '2027-10-12', status: 'met' },
        { kind: 'supervision_inspection', dueOn: '2027-10-12', status: 'open' },
        { kind: 'rectification', dueOn: '2026-10-22', status: 'met' },
      ]),
    );
  });

  it('a quality evaluation publishes its level: public list, EvaluationPublished to filing, notice to the institution', async () => {
    const { payload, subject } = await acceptFiling();
    const evaluated = await request(evaluation.url)
      .post(`/evaluation-subjects/${subject.id}/evaluations`)
      .set('Authorization', department())
      .send({ evaluatedOn: '2026-10-12', scores: SCORES })
      .expect(201);
    // 85 + 112 + 150 + 168 + 60 + 160 + 56 = 791 of 1000: level B.
    expect(evaluated.body).toMatchObject({ level: 'B', totalScore: 791, publishedOn: '2026-10-12' });

    const published = await request(evaluation.url).get('/public/evaluations').query({ region: '512002' }).expect(200);
    expect(published.body).toContainEqual(
      expect.objectContaining({ uscc: payload.uscc, level: 'B', totalScore: 791, publishedOn: '2026-10-12' }),
    );
    const elsewhere = await request(evaluation.url).get('/public/evaluations').query({ region: '370781' }).expect(200);
    expect(elsewhere.body.map((e: { uscc: string }) => e.uscc)).not.toContain(payload.uscc);

    const jobs = await waitFor('EvaluationPublished on the filing queue', async () => {
      const found = (await filingJobs(MessageType.EvaluationPublished)).filter((j) => j.data.uscc === payload.uscc);
      return found.length ? found : undefined;
    });
    expect(jobs).toHaveLength(1);
    expect(jobs[0].data).toMatchObject({
      v: 1,
      filingCaseId: payload.filingCaseId,
      level: 'B',
      evaluationId: evaluated.body.id,
    });
    const notice = await waitFor('the result notice', () => {
      const mails = sink.withKey(`evaluation-result:${evaluated.body.id}:${payload.contactEmail}`);
      return mails.length ? mails[0] : undefined;
    });
    expect(notice.subject).toContain('B级');
    const met = await em().findOneOrFail(Deadline, { subjectId: subject.id, kind: 'quality_evaluation' });
    expect(met.status).toBe('met');

    const vetoed = await request(evaluation.url)
      .post(`/evaluation-subjects/${subject.id}/evaluations`)
      .set('Authorization', department())
      .send({ evaluatedOn: '2026-10-12', scores: { ...SCORES, safety: 100 }, vetoes: ['child_abuse'] })
      .expect(201);
    expect(vetoed.body).toMatchObject({ level: 'D', vetoes: ['发生虐待、伤害婴幼儿事件'] });
  });

  it('a ban reaches the filing queue as a keyed hash: the ID number is stored and sent nowhere', async () => {
    const idNumber = makeResidentId();
    const recorded = await request(evaluation.url)
      .post('/bans')
      .set('Authorization', department())
      .send({ subject: 'person', idNumber, reason: '虐待婴幼儿，经公安机关查实' })
      .expect(201);
    expect(recorded.body.personIdMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(JSON.stringify(recorded.body)).not.toContain(idNumber);

    const job = await waitFor('BanRecorded on the filing queue', async () =>
      (await filingJobs(MessageType.BanRecorded)).find((j) => j.data.banId === recorded.body.id),
    );
    expect(job.data).toMatchObject({ v: 1, subject: 'person', regionCode: '512002', recordedOn: '2026-10-12' });
    expect(job.data.personIdHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(job.data)).not.toContain(idNumber);
    expect(JSON.stringify(job.data)).not.toContain(idNumber.slice(6, 14));
    const row = await em().findOneOrFail(Ban, recorded.body.id);
    expect(JSON.stringify(row)).not.toContain(idNumber);
    const outbox = await em().find(OutboxMessage, { type: MessageType.BanRecorded });
    expect(JSON.stringify(outbox)).not.toContain(idNumber);

    await request(evaluation.url)
      .post('/bans')
      .set('Authorization', department())
      .send({ subject: 'person', idNumber: idNumber.toLowerCase(), reason: 'again' })
      .expect(409);
    const uscc = makeUscc();
    await request(evaluation.url)
      .post('/bans')
      .set('Authorization', department())
      .send({ subject: 'institution', uscc, reason: '列入严重失信主体名单' })
      .expect(201);
    const listed = await request(evaluation.url).get('/bans').set('Authorization', department()).expect(200);
    expect(listed.body.map((b: { uscc?: string; personIdMasked?: string }) => b.uscc ?? b.personIdMasked)).toEqual(
      expect.arrayContaining([uscc, recorded.body.personIdMasked]),
    );
    const other = await request(evaluation.url).get('/bans').set('Authorization', department('370781')).expect(200);
    expect(other.body.map((b: { id: string }) => b.id)).not.toContain(recorded.body.id);
  });

  it("the inspection form's checklist is the one inspections are assessed by: every item in order, areas named", async () => {
    const response = await request(evaluation.url)
      .get('/inspection-checklist')
      .set('Authorization', department())
      .expect(200);
    expect(response.body).toEqual(
      DEFAULT_CHECKLIST.map((item) => ({ ...item, category: INSPECTION_CATEGORIES[item.category] })),
    );
    expect(response.body[0]).toEqual({
      code: 'fire.acceptance',
      category: '消防',
      title: '消防验收或消防安全检查合格且有效',
      check: 'judgement',
    });
    const institution = `Bearer ${evaluation.token({ role: 'institution', uscc: makeUscc() })}`;
    await request(evaluation.url).get('/inspection-checklist').set('Authorization', institution).expect(403);
  });

  it('a department acts only in its region; others get 404/403', async () => {
    const { subject } = await acceptFiling();
    const qingzhou = department('370781');
    await request(evaluation.url).get(`/evaluation-subjects/${subject.id}`).set('Authorization', qingzhou).expect(404);
    await request(evaluation.url)
      .post(`/evaluation-subjects/${subject.id}/inspections`)
      .set('Authorization', qingzhou)
      .send({ inspectedOn: '2026-10-12', findings: ALL_PASSED, classes: GOOD_CLASSES, cctv: GOOD_CCTV })
      .expect(404);
    await request(evaluation.url)
      .post(`/evaluation-subjects/${subject.id}/evaluations`)
      .set('Authorization', qingzhou)
      .send({ evaluatedOn: '2026-10-12', scores: SCORES })
      .expect(404);
    await request(evaluation.url)
      .get('/evaluation-subjects')
      .query({ region: '512002' })
      .set('Authorization', qingzhou)
      .expect(403);
    const listed = await request(evaluation.url).get('/evaluation-subjects').set('Authorization', qingzhou).expect(200);
    expect(listed.body.map((s: { id: string }) => s.id)).not.toContain(subject.id);
    const institution = `Bearer ${evaluation.token({ role: 'institution', uscc: makeUscc() })}`;
    await request(evaluation.url).get('/evaluation-subjects').set('Authorization', institution).expect(403);
    await request(evaluation.url).post('/bans').set('Authorization', institution).send({}).expect(403);
    const admin = `Bearer ${evaluation.token({ role: 'admin' })}`;
    await request(evaluation.url).get(`/evaluation-subjects/${subject.id}`).set('Authorization', admin).expect(200);
    await request(evaluation.url).get('/evaluation-subjects').expect(401);
  });

  it.each([
    [
      'an inspection with malformed fields',
      'inspections',
      {
        inspectedOn: '2026-13-01',
        findings: 'all fine',
        classes: [{ name: 'A', ageGroup: 'adults', children: -1, carers: 1 }],
      },
      ['inspectedOn', 'findings', 'classes.0.ageGroup', 'classes.0.children'],
    ],
    [
      'an inspection with a failed item but no deadline and an unanswered item',
      'inspections',
      {
        inspectedOn: '2026-10-12',
        findings: ALL_PASSED.slice(1),
        classes: GOOD_CLASSES,
        cctv: { coversAllChildAreas: false, retentionDays: 90 },
      },
      ['findings', 'rectificationDueOn'],
    ],
    [
      'an inspection in the future without measurements',
      'inspections',
      { inspectedOn: '2026-10-20', findings: ALL_PASSED },
      ['classes', 'cctv', 'inspectedOn'],
    ],
    [
      'an evaluation missing a dimension, with a score over 100 and an unknown veto',
      'evaluations',
      { evaluatedOn: '2026-10-12', scores: { ...SCORES, care: undefined, safety: 101 }, vetoes: ['late_lunch'] },
      ['scores.care', 'scores.safety', 'vetoes'],
    ],
  ])('400 naming each field for %s', async (_case, path, body, fields) => {
    const { subject } = await acceptFiling();
    const response = await request(evaluation.url)
      .post(`/evaluation-subjects/${subject.id}/${path}`)
      .set('Authorization', department())
      .send(body)
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    // A field may carry several problems (e.g. not an array, and not nested objects): each is named once here.
    const named = new Set(response.body.errors.map((e: { field: string }) => e.field));
    expect([...named].sort()).toEqual([...fields].sort());
  });

  it.each([
    ['a bad check digit', { subject: 'person', idNumber: '11010519491231002Y', reason: 'x' }, 'idNumber', 'format'],
    ['a wrong checksum', { subject: 'person', idNumber: '110105194912310021', reason: 'x' }, 'idNumber', 'checksum'],
    ['no ID number', { subject: 'person', reason: 'x' }, 'idNumber', 'required'],
    ['a bad USCC', { subject: 'institution', uscc: '91512081MA62K0260F', reason: 'x' }, 'uscc', 'checksum'],
    ['an unknown subject', { subject: 'cat', reason: 'x' }, 'subject', 'enum'],
  ])('400 for a ban with %s', async (_case, body, field, code) => {
    const response = await request(evaluation.url)
      .post('/bans')
      .set('Authorization', department())
      .send(body)
      .expect(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(JSON.stringify(response.body)).not.toContain('11010519491231002');
  });
});
