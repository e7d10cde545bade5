import { SmtpSink, registrationBody, setTestClock, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';
import { settle } from '../support/settle';

// 平顶山: 新华区 (410402) has an authority contact, 卫东区 (410403) has none. Neither has a
// health department when the registrations arrive.
const AUTHORITY_EMAIL = 'shenpi@pds.example.cn';
const ADMIN_EMAIL = 'ops@tuoyu.example.cn';

describe('the 30-day sharing duty (登记信息共享) while a region has no health department', () => {
  const sink = new SmtpSink();
  let system: TestSystem;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url, ADMIN_EMAIL });
    await setTestClock(system.all, '2026-11-02T10:00:00+08:00');
  });
  afterAll(async () => {
    await system?.close();
    await sink.stop();
  });

  const admin = (app: 'registration' | 'filing') => `Bearer ${system[app].token({ role: 'admin' })}`;
  const authority = () => `Bearer ${system.registration.token({ role: 'authority', region: '410400' })}`;
  const sharingOf = async (id: string) =>
    (await request(system.registration.url).get(`/registrations/${id}`).set('Authorization', authority()).expect(200))
      .body.sharing;
  // Earlier test files' registrations share the database and fall back to the same administrators.
  const adminMailsAbout = (registrationId: string) =>
    sink.to(ADMIN_EMAIL).filter((mail) => mail.text?.includes(registrationId));
  const register = async (regionCode: string) => {
    const body = registrationBody({
      regionCode,
      authorityKind: 'approval_bureau',
      approvedOn: '2026-11-02',
      address: '河南省平顶山市1号',
    });
    const response = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', authority())
      .send(body)
      .expect(201);
    return response.body as { id: string; sharing: { dueOn: string; status: string } };
  };

  it('stays pending, reminds the authority on schedule, escalates at breach, and is delivered when the department is added', async () => {
    await request(system.registration.url)
      .put('/authorities/410402/approval_bureau')
      .set('Authorization', admin('registration'))
      .send({ name: '平顶山市行政审批服务局', email: AUTHORITY_EMAIL })
      .expect(200);

    await request(system.registration.url)
      .put('/authorities/410402/tax_bureau')
      .set('Authorization', admin('registration'))
      .send({ name: 'x', email: AUTHORITY_EMAIL })
      .expect(400)
      .expect(({ body }) => expect(body.errors[0]).toMatchObject({ field: 'authorityKind', code: 'enum' }));
    await request(system.registration.url)
      .put('/authorities/410402/approval_bureau')
      .set('Authorization', authority())
      .send({ name: 'x', email: AUTHORITY_EMAIL })
      .expect(403);

    const withContact = await register('410402');
    const withoutContact = await register('410403');
    // 11-02 + 30 日 = 12-02, a Wednesday.
    expect(withContact.sharing).toEqual({ dueOn: '2026-12-02', status: 'pending' });

    // The filing case opens at once (the institution's 15 days run from approval), but the handoff is held.
    const department = `Bearer ${system.filing.token({ role: 'admin' })}`;
    await waitFor('both filing cases', async () => {
      const cases = await request(system.filing.url)
        .get('/filings')
        .query({ region: '410400' })
        .set('Authorization', department);
      return cases.body.length === 2;
    });
    const pending = await sharingOf(withContact.id);
    expect(pending).toMatchObject({ status: 'pending', deliveredAt: null });
    expect(pending.reminders.map((r: { kind: string }) => r.kind)).toEqual([
      'due_in_7_days',
      'due_in_3_days',
      'due_in_1_day',
      'due_today',
      'breach',
      'overdue_weekly#1',
    ]);
    expect(pending.reminders[0]).toEqual({
      kind: 'due_in_7_days',
      fireAt: '2026-11-25T09:00:00.000+08:00',
      status: 'pending',
    });

    await setTestClock(system.all, '2026-11-25T08:59:00+08:00');
    await settle(system.all);
    expect(sink.to(AUTHORITY_EMAIL)).toHaveLength(0);

    await setTestClock(system.all, '2026-11-25T09:00:30+08:00');
    await waitFor(
      'the 7-day reminders',
      () => sink.to(AUTHORITY_EMAIL).length === 1 && adminMailsAbout(withoutContact.id).length === 1,
    );
    const reminder = sink.to(AUTHORITY_EMAIL)[0];
    expect(reminder.text).toContain('2026-12-02');
    expect(reminder.text).toContain('登记信息共享');
    // No authority contact covers 卫东区: its reminder goes to the administrators instead of nowhere.
    expect(adminMailsAbout(withoutContact.id)[0].subject).toMatch(/^【提醒】/);

    await request(system.filing.url)
      .put('/departments/410402')
      .set('Authorization', admin('filing'))
      .send({ name: '平顶山市新华区卫生健康委员会', email: 'wjw@xinhua.example.cn' })
      .expect(200);
    const delivered = await waitFor('the duty to be delivered', async () => {
      const sharing = await sharingOf(withContact.id);
      return sharing.status === 'delivered' ? sharing : undefined;
    });
    expect(delivered.deliveredAt).toMatch(/^2026-11-25T09:0\d:\d{2}\.\d{3}\+08:00$/);
    expect(delivered.filingCaseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(delivered.reminders.find((r: { kind: string }) => r.kind === 'due_in_7_days').status).toBe('fired');
    expect(delivered.reminders.filter((r: { status: string }) => r.status === 'pending')).toEqual([]);
    expect((await sharingOf(withoutContact.id)).status).toBe('pending');

    // Past the due date: the undelivered duty breaches (one notice to the administrators: the fallback
    // authority address and the escalation are the same address); the delivered one stays quiet.
    await setTestClock(system.all, '2026-12-03T00:00:30+08:00');
    await waitFor('the breach', async () => (await sharingOf(withoutContact.id)).status === 'overdue');
    // The clock jumped over the 3-day, 1-day and due-today rungs: catching up, only the breach speaks; the
    // stale reminders are skipped (and shown so), never sent after their moment.
    await waitFor('the overdue notice to the administrators', () => adminMailsAbout(withoutContact.id).length === 2);
    const rungs = (await sharingOf(withoutContact.id)).reminders as { kind: string; status: string }[];
    expect(rungs.filter((r) => r.status === 'fired').map((r) => r.kind)).toEqual(['due_in_7_days', 'breach']);
    expect(rungs.filter((r) => r.status === 'skipped').map((r) => r.kind)).toEqual([
      'due_in_3_days',
      'due_in_1_day',
      'due_today',
    ]);
    expect(adminMailsAbout(withoutContact.id).filter((mail) => mail.subject?.startsWith('【提醒】'))).toHaveLength(1);
    expect(sink.to(AUTHORITY_EMAIL)).toHaveLength(1);

    await request(system.filing.url)
      .put('/departments/410403')
      .set('Authorization', admin('filing'))
      .send({ name: '平顶山市卫东区卫生健康委员会', email: 'wjw@weidong.example.cn' })
      .expect(200);
    await waitFor('the late delivery', async () => (await sharingOf(withoutContact.id)).status === 'delivered');
    const overdue = adminMailsAbout(withoutContact.id).filter((mail) => mail.subject?.startsWith('【逾期】'));
    expect(overdue).toHaveLength(1);
    // The authority's duty escalates to the administrators, not to a health department: the notice says so.
    expect(overdue[0].text).toContain('逾期情况已报平台管理员');
    expect(adminMailsAbout(withoutContact.id)).toHaveLength(2);
  });
});
