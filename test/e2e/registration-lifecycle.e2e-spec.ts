import { MikroORM } from '@mikro-orm/core';
import { Deadline, DeadlineRung } from '@tuoyu/deadlines';
import { FilingChange } from '@tuoyu/filing-domain';
import {
  SmtpSink,
  TestApp,
  registrationBody,
  samplePdf,
  setTestClock,
  startTestApp,
  uploadDocument,
  waitFor,
} from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';
import { settle } from '../support/settle';

describe('changes (变更登记) and cancellations (注销) reach the filing service', () => {
  const sink = new SmtpSink();
  // Only the services a change travels through: registration → filing → notification (→ the SMTP sink).
  const system = {} as { registration: TestApp; filing: TestApp; notification: TestApp; all: TestApp[] };

  beforeAll(async () => {
    await sink.start();
    const env = { SMTP_URL: sink.url };
    system.registration = await startTestApp(RegistrationAppModule, 'registration', env);
    system.filing = await startTestApp(FilingAppModule, 'filing', env);
    system.notification = await startTestApp(NotificationAppModule, 'notification', env);
    system.all = [system.registration, system.filing, system.notification];
    await setTestClock(system.all, '2026-09-20T10:00:00+08:00');
  });
  afterAll(async () => {
    for (const app of [...(system.all ?? [])].reverse()) await app.close();
    await sink.stop();
  });

  const authority = () => `Bearer ${system.registration.token({ role: 'authority', region: '512002' })}`;
  const department = () => `Bearer ${system.filing.token({ role: 'department', region: '512002' })}`;
  const caseOf = async (uscc: string) => {
    const response = await request(system.filing.url)
      .get('/filings')
      .query({ uscc })
      .set('Authorization', department())
      .expect(200);
    return response.body[0] as { id: string; name: string; status: string } | undefined;
  };

  it('a change updates the case and opens a change-filing deadline; a cancellation closes everything', async () => {
    const body = registrationBody({ approvedOn: '2026-09-20' });
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', authority())
      .send(body)
      .expect(201);
    await waitFor('the filing case', () => caseOf(body.uscc as string));

    await setTestClock(system.all, '2026-09-25T10:00:00+08:00');
    const changed = await request(system.registration.url)
      .patch(`/registrations/${created.body.id}`)
      .set('Authorization', authority())
      .send({ changedOn: '2026-09-25', name: '雁江区阳光托育中心（新址）', capacity: 80 })
      .expect(200);
    expect(changed.body.changeId).toMatch(/^[0-9a-f-]{36}$/);

    const filingEm = () => system.filing.app.get(MikroORM).em.fork();
    const change = await waitFor('the change filing', () => filingEm().findOne(FilingChange, changed.body.changeId));
    expect(change).toMatchObject({ changedOn: '2026-09-25', status: 'awaiting_submission', changes: { capacity: 80 } });
    const changeDeadline = await filingEm().findOneOrFail(Deadline, { subjectId: change.id });
    // 09-25 + 15 日 = 10-10, a 调休 working Saturday: not extended.
    expect(changeDeadline).toMatchObject({ kind: 'change_filing', dueOn: '2026-10-10', status: 'open' });
    expect((await caseOf(body.uscc as string))?.name).toBe('雁江区阳光托育中心（新址）');

    await request(system.registration.url)
      .post(`/registrations/${created.body.id}/cancellation`)
      .set('Authorization', authority())
      .send({ cancelledOn: '2026-09-25', reason: '举办者申请注销' })
      .expect(204);
    await waitFor('the case to close', async () => (await caseOf(body.uscc as string))?.status === 'closed');
    const deadlines = await filingEm().find(Deadline, {
      subjectId: { $in: [change.id, (await caseOf(body.uscc as string))!.id] },
    });
    expect(deadlines.map((d) => [d.kind, d.status]).sort()).toEqual([
      ['change_filing', 'cancelled'],
      ['filing', 'cancelled'],
    ]);
    const pending = await filingEm().count(DeadlineRung, {
      deadline: { $in: deadlines.map((d) => d.id) },
      status: 'pending',
    });
    expect(pending).toBe(0);
    expect(await filingEm().findOneOrFail(FilingChange, change.id)).toMatchObject({ status: 'closed' });

    const again = await request(system.registration.url)
      .post(`/registrations/${created.body.id}/cancellation`)
      .set('Authorization', authority())
      .send({ cancelledOn: '2026-09-25', reason: 'again' })
      .expect(409);
    expect(again.body.message).toContain('已注销');
  });

  it('the institution files the change (变更备案): its deadline is met, it is confirmed once per change, a second filing is 409', async () => {
    await setTestClock(system.all, '2026-09-20T10:00:00+08:00');
    const body = registrationBody({ approvedOn: '2026-09-20' });
    const email = (body.contact as { email: string }).email;
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', authority())
      .send(body)
      .expect(201);
    const filingCase = await waitFor('the filing case', () => caseOf(body.uscc as string));
    await setTestClock(system.all, '2026-09-25T10:00:00+08:00');
    const change = (facts: object) =>
      request(system.registration.url)
        .patch(`/registrations/${created.body.id}`)
        .set('Authorization', authority())
        .send({ changedOn: '2026-09-25', ...facts })
        .expect(200);
    const changed = await change({ capacity: 90 });
    const filingEm = () => system.filing.app.get(MikroORM).em.fork();
    await waitFor('the change filing', () => filingEm().findOne(FilingChange, changed.body.changeId));

    const institution = `Bearer ${system.filing.token({ role: 'institution', uscc: body.uscc as string })}`;
    const submission = (changeId: string) => `/filings/${filingCase.id}/changes/${changeId}/submission`;
    const url = submission(changed.body.changeId as string);
    // The changed licence is uploaded while the change filing is awaited (the case itself is not yet filed either).
    const licence = await uploadDocument(system.filing.url, filingCase.id, institution, {
      kind: 'business_license',
      fileName: '营业执照（变更后）.pdf',
      content: samplePdf('licence after the change'),
    }).expect(201);
    const unknown = await request(system.filing.url)
      .post(url)
      .set('Authorization', institution)
      .send({ documents: ['0b9a4f0e-5d1c-4d7e-9a51-2f7b1c9e8a10'] })
      .expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'documents[0]', code: 'not_found' })]);
    await request(system.filing.url)
      .post(url)
      .set('Authorization', institution)
      .send({ documents: [licence.body.id] })
      .expect(201);
    const filed = await filingEm().findOneOrFail(FilingChange, changed.body.changeId);
    expect(filed.documents).toEqual([expect.objectContaining({ id: licence.body.id, sha256: licence.body.sha256 })]);
    const listed = await request(system.filing.url)
      .get(`/filings/${filingCase.id}/documents`)
      .set('Authorization', institution)
      .expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: licence.body.id, changeFiling: true, submissions: [] }),
    ]);
    const deadline = await filingEm().findOneOrFail(Deadline, { subjectId: changed.body.changeId });
    expect(deadline).toMatchObject({ kind: 'change_filing', status: 'met' });

    const confirmations = () => sink.to(email).filter((mail) => mail.subject?.startsWith('【变更备案已收到】'));
    const [confirmation] = await waitFor('the change filing confirmation', () =>
      confirmations().length ? confirmations() : undefined,
    );
    expect(confirmation.subject).toBe(`【变更备案已收到】${filingCase.name}：已收到您2026-09-25变更登记的变更备案`);
    expect(confirmation.text).toContain(`${filingCase.name}（统一社会信用代码：${body.uscc as string}）`);
    expect(confirmation.text).toContain('已收到您的变更备案（提交日期：2026-09-25），对应2026-09-25的变更登记');
    expect(confirmation.text).toContain('- 托位数：90\n');
    expect(confirmation.html).toMatch(/<a href="http:\/\/[^"]+\/l\/[\w-]+">点此打开<\/a>/);

    const again = await request(system.filing.url)
      .post(url)
      .set('Authorization', institution)
      .send({ documents: [] })
      .expect(409);
    expect(again.body.message).toContain('is submitted');
    const other = `Bearer ${system.filing.token({ role: 'institution', uscc: '91512081MA62K0260E' })}`;
    await request(system.filing.url).post(url).set('Authorization', other).send({ documents: [] }).expect(404);

    // Another change is a filing of its own, confirmed on its own; filed twice at once, it is filed once (201, 409).
    const next = await change({ serviceTypes: ['full_day', 'hourly'] });
    await waitFor('the second change filing', () => filingEm().findOne(FilingChange, next.body.changeId));
    const fileNext = () =>
      request(system.filing.url)
        .post(submission(next.body.changeId as string))
        .set('Authorization', institution)
        .send({ documents: [licence.body.id] });
    const atOnce = await Promise.all([fileNext(), fileNext()]);
    expect(atOnce.map((response) => response.status).sort()).toEqual([201, 409]);
    await settle(system.all);
    const sent = confirmations();
    expect(sent).toHaveLength(2);
    expect(sent[0].text).toContain('- 托位数：90\n');
    expect(sent[1].text).toContain('- 服务类型：全日托、计时托\n');
  });

  it.each([
    ['no change at all', { changedOn: '2026-09-25' }, 'changes'],
    ['a change dated before the approval', { changedOn: '2026-09-01', capacity: 10 }, 'changedOn'],
    ['a change dated in the future', { changedOn: '2026-12-01', capacity: 10 }, 'changedOn'],
    ['a bad capacity', { changedOn: '2026-09-25', capacity: 0 }, 'capacity'],
  ])('400 for %s', async (_case, change, field) => {
    const body = registrationBody({ approvedOn: '2026-09-20' });
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', authority())
      .send(body)
      .expect(201);
    const response = await request(system.registration.url)
      .patch(`/registrations/${created.body.id}`)
      .set('Authorization', authority())
      .send(change)
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('403 for an authority of another region', async () => {
    const body = registrationBody({ approvedOn: '2026-09-20' });
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', authority())
      .send(body)
      .expect(201);
    const elsewhere = `Bearer ${system.registration.token({ role: 'authority', region: '430200' })}`;
    await request(system.registration.url)
      .post(`/registrations/${created.body.id}/cancellation`)
      .set('Authorization', elsewhere)
      .send({ cancelledOn: '2026-09-25', reason: 'x' })
      .expect(403);
  });
});
