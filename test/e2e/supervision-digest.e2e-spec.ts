import { EntityManager } from '@mikro-orm/postgresql';
import { SmtpSink, TestQueues, setTestClock, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { DEPARTMENT_EMAIL, acceptFiling } from '../support/evaluation-subject-fixture';
import { TestSystem, startTestSystem } from '../support/test-system';

const REGION = '512002';

/**
 * Complaints and incidents are handled in the evaluation service; the department's morning digest is composed by
 * filing. The evaluation service reports each one opened or closed (SupervisionCaseChanged), so the digest lists the
 * region's open supervision work beside its filings, and drops what was replied to or concluded.
 */
describe('the department digest lists open complaints and incidents (all apps, real Redis/PostgreSQL/SMTP)', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let queues: TestQueues;

  const bearer = (principal: Parameters<TestSystem['evaluation']['token']>[0]) =>
    `Bearer ${system.evaluation.token(principal)}`;
  const department = () => bearer({ role: 'department', region: REGION });
  const digests = () => sink.to(DEPARTMENT_EMAIL).filter((mail) => mail.subject?.startsWith('【每日待办】'));
  /** How many supervision cases filing holds open for the region: the feed has arrived when it matches. */
  const openInFiling = async () => {
    const [row] = await system.filing.app
      .get(EntityManager)
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from supervision_case where region_code = ? and status = 'open'`,
        [REGION],
      );
    return row.n;
  };

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url, ADMIN_EMAIL: 'ops@tuoyu.example.cn' });
    queues = new TestQueues();
    // Monday, before the 08:30 digest.
    await setTestClock(system.all, '2026-11-16T07:00:00+08:00');
    await request(system.filing.url)
      .put(`/departments/${REGION}`)
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .send({ name: '资阳市雁江区卫生健康局', email: DEPARTMENT_EMAIL })
      .expect(200);
  });

  afterAll(async () => {
    await system?.close();
    await queues?.close();
    await sink.stop();
  });

  it('lists a routed complaint and a reported incident the next morning, and drops the complaint once replied to', async () => {
    const { payload } = await acceptFiling(system.evaluation, queues, { filedOn: '2026-11-02' });
    const complaint = await request(system.evaluation.url)
      .post('/public/complaints')
      .send({
        contact: { name: '李先生', phone: '13800001234' },
        institutionUscc: payload.uscc,
        category: 'food',
        facts: '午餐饭菜经常是凉的，留样柜没有上锁。',
      })
      .expect(201);
    const { reference } = complaint.body as { reference: string };
    const listed = await request(system.evaluation.url)
      .get('/complaints')
      .set('Authorization', department())
      .expect(200);
    const complaintId = (listed.body as { id: string; reference: string }[]).find((c) => c.reference === reference)!.id;
    const incident = await request(system.evaluation.url)
      .post('/incidents')
      .set('Authorization', bearer({ role: 'institution', uscc: payload.uscc }))
      .send({
        kind: 'injury',
        severity: 'general',
        occurredAt: '2026-11-16T06:40:00+08:00',
        childrenAffected: 1,
        actionsTaken: '一名幼儿晨间滑倒擦伤手肘，已消毒包扎并告知家长。',
      })
      .expect(201);
    await waitFor('both in filing', async () => (await openInFiling()) === 2);

    await setTestClock(system.all, '2026-11-16T08:30:30+08:00');
    const [first] = await waitFor('Monday’s digest', () => (digests().length === 1 ? digests() : undefined));
    expect(first.subject).toContain('投诉与事故2件');
    expect(first.text).toContain(`投诉 ${reference}：${payload.name}，饮食安全`);
    expect(first.text).toContain(
      `事故 ${(incident.body.id as string).slice(0, 8).toUpperCase()}：${payload.name}，婴幼儿受伤（一般）`,
    );
    // No contact of the complainant in a department email.
    expect(first.text).not.toContain('13800001234');
    expect(first.text).not.toContain('李先生');

    await request(system.evaluation.url)
      .post(`/complaints/${complaintId}/reply`)
      .set('Authorization', department())
      .send({ reply: '已约谈负责人，责令整改留样管理。' })
      .expect(200);
    await waitFor('the reply in filing', async () => (await openInFiling()) === 1);

    await setTestClock(system.all, '2026-11-17T08:30:30+08:00');
    const second = await waitFor('Tuesday’s digest', () => (digests().length === 2 ? digests()[1] : undefined));
    expect(second.subject).toContain('投诉与事故1件');
    expect(second.text).not.toContain(reference);
    expect(second.text).toContain('婴幼儿受伤（一般）');
  });
});
