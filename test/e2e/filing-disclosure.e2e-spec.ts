import { randomUUID } from 'node:crypto';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DOCUMENT_KINDS, DepartmentDigestService } from '@tuoyu/filing-domain';
import { PiiHasher } from '@tuoyu/identity';
import {
  SmtpSink,
  TestQueues,
  filingSubmissionBody,
  uploadRequiredDocuments,
  makeResidentId,
  makeUscc,
  registrationBody,
  setTestClock,
  waitFor,
} from '@tuoyu/testing';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';
import { settle } from '../support/settle';

// 株洲市天元区 (430211) with a configured population; 石峰区 (430204) for the other institution.
const REGION = '430211';
const OTHER_REGION = '430204';
const DEPARTMENT_EMAIL = 'wjw@tianyuan.example.cn';
// 渌口区 (430212): a department with no institutions, so nothing to say.
const QUIET_REGION = '430212';
const QUIET_EMAIL = 'wjw@lukou.example.cn';

type Staff = { name: string; idNumber: string; role: string; healthCertificate: boolean };

describe('rosters, bans, non-compliance, public disclosure, statistics and the daily digest', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url });
    queues = new TestQueues();
    // Friday 2026-11-20, before the digest hour.
    await setTestClock(system.all, '2026-11-20T08:00:00+08:00');
    const admin = `Bearer ${system.filing.token({ role: 'admin' })}`;
    for (const [region, name, email, population] of [
      [REGION, '株洲市天元区卫生健康局', DEPARTMENT_EMAIL, 400_000],
      [OTHER_REGION, '株洲市石峰区卫生健康局', 'wjw@shifeng.example.cn', undefined],
      [QUIET_REGION, '株洲市渌口区卫生健康局', QUIET_EMAIL, undefined],
    ] as const) {
      await request(system.filing.url)
        .put(`/departments/${region}`)
        .set('Authorization', admin)
        .send({ name, email, population })
        .expect(200);
    }
  });
  afterAll(async () => {
    await system?.close();
    await queues?.close();
    await sink.stop();
  });

  const department = (region = REGION) => `Bearer ${system.filing.token({ role: 'department', region })}`;
  const institution = (uscc: string) => `Bearer ${system.filing.token({ role: 'institution', uscc })}`;

  async function approvedCase(region: string, overrides: Record<string, unknown> = {}) {
    const body = registrationBody({
      uscc: makeUscc({ region }),
      regionCode: region,
      approvedOn: '2026-11-20',
      ...overrides,
    });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region })}`)
      .send(body)
      .expect(201);
    const uscc = body.uscc as string;
    const filingCase = await waitFor('the filing case', async () => {
      const response = await request(system.filing.url)
        .get('/filings')
        .query({ uscc })
        .set('Authorization', institution(uscc));
      return response.body[0] as { id: string } | undefined;
    });
    return { uscc, caseId: filingCase.id, name: body.name as string };
  }
  const submit = (caseId: string, uscc: string, body: Record<string, unknown>) =>
    request(system.filing.url).post(`/filings/${caseId}/submission`).set('Authorization', institution(uscc)).send(body);
  const uploaded = (caseId: string, uscc: string) =>
    uploadRequiredDocuments(system.filing.url, caseId, institution(uscc));

  it('refuses incomplete materials with each problem named (400), and keeps the case awaiting', async () => {
    const { uscc, caseId } = await approvedCase(REGION);
    const ids = await uploaded(caseId, uscc);
    const body = filingSubmissionBody(ids) as { materials: Record<string, unknown> };
    const response = await submit(caseId, uscc, {
      ...body,
      materials: {
        ...body.materials,
        premises: { ownership: 'leased', leaseYears: 2 },
        healthEvaluation: { result: 'unqualified', reportNumber: 'x' },
      },
      documents: ids.filter((_, i) => DOCUMENT_KINDS[i] !== 'fire_safety_certificate'),
    }).expect(400);
    expect(response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'documents:missing',
      'materials.healthEvaluation.result:not_qualified',
      'materials.premises.leaseYears:too_short',
    ]);
    const shape = await submit(caseId, uscc, { ...body, staff: [{ name: '', idNumber: '123', role: 'cook' }] }).expect(
      400,
    );
    expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['staff.0.name', 'staff.0.idNumber', 'staff.0.healthCertificate']),
    );
    const view = await request(system.filing.url).get(`/filings/${caseId}`).set('Authorization', institution(uscc));
    expect(view.body.status).toBe('awaiting_submission');
  });

  it('refuses a carer on another institution’s active roster and a banned carer, naming each (409)', async () => {
    const first = await approvedCase(REGION);
    const second = await approvedCase(OTHER_REGION);
    const firstBody = filingSubmissionBody(await uploaded(first.caseId, first.uscc));
    await submit(first.caseId, first.uscc, firstBody).expect(201);

    const shared = (firstBody.staff as Staff[])[1];
    const banned: Staff = { name: '钱某', idNumber: makeResidentId(), role: 'carer', healthCertificate: true };
    const hash = system.filing.app.get(PiiHasher).residentId(banned.idNumber);
    await queues.get(QueueName.Filing).add(
      MessageType.BanRecorded,
      {
        v: 1,
        banId: randomUUID(),
        subject: 'person',
        personIdHash: hash,
        reason: '虐待婴幼儿，终身禁止从事托育服务',
        regionCode: OTHER_REGION,
        recordedOn: '2026-11-19',
      },
      { jobId: randomUUID() },
    );

    const secondBody = filingSubmissionBody(await uploaded(second.caseId, second.uscc));
    const staff = [...(secondBody.staff as Staff[]), shared, banned];
    const refused = await waitFor('the ban to be known', async () => {
      const response = await submit(second.caseId, second.uscc, { ...secondBody, staff });
      return response.status === 409 && response.body.errors.length === 2 ? response : undefined;
    });
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'staff[3].idNumber',
        code: 'on_other_roster',
        message: expect.stringContaining(first.name),
      }),
      expect.objectContaining({
        field: 'staff[4].idNumber',
        code: 'banned',
        message: expect.stringContaining('终身禁'),
      }),
    ]);
    expect(JSON.stringify(refused.body)).not.toContain(shared.idNumber);
    expect(JSON.stringify(refused.body)).not.toContain(banned.idNumber);

    // Without them the roster is accepted.
    await submit(second.caseId, second.uscc, secondBody).expect(201);
  });

  it('publishes filed institutions with their level and non-compliance notices; statistics count them', async () => {
    const filed = await approvedCase(REGION, { capacity: 80, inclusive: true });
    await submit(filed.caseId, filed.uscc, filingSubmissionBody(await uploaded(filed.caseId, filed.uscc))).expect(201);
    await request(system.filing.url)
      .post(`/filings/${filed.caseId}/receipt`)
      .set('Authorization', department())
      .expect(200);
    await queues.get(QueueName.Filing).add(
      MessageType.EvaluationPublished,
      {
        v: 1,
        evaluationId: randomUUID(),
        filingCaseId: filed.caseId,
        uscc: filed.uscc,
        level: 'B',
        publishedOn: '2026-11-20',
      },
      { jobId: randomUUID() },
    );
    const refused = await approvedCase(REGION);
    await submit(
      refused.caseId,
      refused.uscc,
      filingSubmissionBody(await uploaded(refused.caseId, refused.uscc)),
    ).expect(201);
    await request(system.filing.url)
      .post(`/filings/${refused.caseId}/non-compliance`)
      .set('Authorization', department())
      .send({ reasons: ['场地设在地下室，不符合托育机构设置标准'] })
      .expect(200);

    const listed = await waitFor('the level on the public list', async () => {
      const response = await request(system.filing.url).get('/public/filings').query({ region: REGION }).expect(200);
      const entry = response.body.find((f: { uscc: string }) => f.uscc === filed.uscc);
      return entry?.evaluationLevel === 'B' ? entry : undefined;
    });
    expect(listed).toMatchObject({ name: filed.name, places: 80, inclusive: true, filedOn: '2026-11-20' });
    expect(Object.keys(listed).sort()).toEqual(
      [
        'address',
        'evaluationLevel',
        'filedOn',
        'inclusive',
        'name',
        'places',
        'receiptNumber',
        'regionCode',
        'serviceTypes',
        'uscc',
      ].sort(),
    );
    const notices = await request(system.filing.url)
      .get('/public/non-compliance')
      .query({ region: '430200' })
      .expect(200);
    expect(notices.body).toEqual([
      {
        name: expect.any(String),
        uscc: refused.uscc,
        regionCode: REGION,
        reasons: ['场地设在地下室，不符合托育机构设置标准'],
        decidedOn: '2026-11-20',
      },
    ]);
    await request(system.filing.url).get('/public/filings').query({ region: '12' }).expect(400);

    const stats = await request(system.filing.url).get('/statistics').set('Authorization', department()).expect(200);
    expect(stats.body).toMatchObject({
      region: REGION,
      places: { filed: 80 },
      inclusive: { filed: 1, share: 1 },
      population: 400_000,
      placesPer1000Residents: 0.2,
    });
    expect(stats.body.institutionsByStatus).toMatchObject({ filed: 1, rejected: 1 });
    await request(system.filing.url)
      .get('/statistics')
      .query({ region: OTHER_REGION })
      .set('Authorization', department())
      .expect(403);
  });

  it('sends each department one digest at 08:30 on a working day listing its overdue cases; none on a rest day or with nothing to say', async () => {
    const digests = (address: string) => sink.to(address).filter((mail) => mail.subject?.startsWith('【每日待办】'));
    // Approved 11-02, due 11-17: overdue by the morning of 11-20.
    const late = await approvedCase(REGION, { approvedOn: '2026-11-02' });
    await waitFor('the case to be overdue', async () => {
      const response = await request(system.filing.url)
        .get(`/filings/${late.caseId}`)
        .set('Authorization', department());
      return response.body.status === 'overdue';
    });
    // Asked directly at each moment (besides the service's own loop): the answer is decided, not timed.
    const sendDue = () =>
      system.filing.app
        .get(MikroORM)
        .em.fork()
        .transactional((em) => system.filing.app.get(DepartmentDigestService).sendDue(em as EntityManager));
    await setTestClock(system.all, '2026-11-20T08:29:00+08:00');
    expect(await sendDue()).toBe(0);
    await settle(system.all);
    expect(digests(DEPARTMENT_EMAIL)).toHaveLength(0);

    await setTestClock(system.all, '2026-11-20T08:30:30+08:00');
    const [digest] = await waitFor('the digest', () =>
      digests(DEPARTMENT_EMAIL).length === 1 ? digests(DEPARTMENT_EMAIL) : undefined,
    );
    await setTestClock(system.all, '2026-11-20T15:00:00+08:00');
    expect(await sendDue()).toBe(0);
    await settle(system.all);
    expect(digests(DEPARTMENT_EMAIL)).toHaveLength(1);
    expect(digest.text).toContain('2026-11-20');
    expect(digest.text).toContain(late.uscc);
    expect(digest.subject).toContain('已逾期1件');
    expect(digests(QUIET_EMAIL)).toHaveLength(0);

    // Saturday: a rest day.
    await setTestClock(system.all, '2026-11-21T09:00:00+08:00');
    expect(await sendDue()).toBe(0);
    await settle(system.all);
    expect(digests(DEPARTMENT_EMAIL)).toHaveLength(1);

    // Monday: the next working day brings the next digest, still once.
    await setTestClock(system.all, '2026-11-23T08:31:00+08:00');
    await waitFor('Monday’s digest', () => digests(DEPARTMENT_EMAIL).length === 2);
    expect(await sendDue()).toBe(0);
    await settle(system.all);
    expect(digests(DEPARTMENT_EMAIL)).toHaveLength(2);
    expect(digests(QUIET_EMAIL)).toHaveLength(0);
  });
});
