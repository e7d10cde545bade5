import { MikroORM } from '@mikro-orm/core';
import { HolidayNoticeRecord } from '@tuoyu/deadlines';
import { SmtpSink, registrationBody, setTestClock, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';

// A made-up 2027 notice that declares Saturday 2027-01-09 a make-up working day (调休).
const NOTICE_2027 = {
  holidays: [{ date: '2027-01-01', name: '元旦 New Year' }],
  makeUpWorkdays: [{ date: '2027-01-09', name: '元旦 New Year (调休)' }],
  source: 'test notice',
};

describe('a holiday notice loaded in one service reaches every service that owns deadlines', () => {
  const sink = new SmtpSink();
  let system: TestSystem;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url });
    await setTestClock(system.all, '2026-12-10T10:00:00+08:00');
  });
  afterAll(async () => {
    // The run's databases are shared by every test file; the others expect 2027 to be provisional.
    for (const app of [system?.registration, system?.filing, system?.evaluation]) {
      await app?.app.get(MikroORM).em.fork().nativeDelete(HolidayNoticeRecord, { year: 2027 });
    }
    await system?.close();
    await sink.stop();
  });

  it('moves the registration side’s sharing duty when the notice is loaded through the filing service', async () => {
    const authority = `Bearer ${system.registration.token({ role: 'authority', region: '512002' })}`;
    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', authority)
      .send(registrationBody({ approvedOn: '2026-12-10' }))
      .expect(201);
    // 12-10 + 30 日 = Saturday 2027-01-09; without a 2027 notice that is a weekend, so Monday 01-11.
    expect(created.body.sharing.dueOn).toBe('2027-01-11');

    await request(system.filing.url)
      .put('/deadlines/calendar/2027')
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .send(NOTICE_2027)
      .expect(200);

    const sharing = await waitFor('the sharing duty to follow the notice', async () => {
      const response = await request(system.registration.url)
        .get(`/registrations/${created.body.id}`)
        .set('Authorization', authority);
      return response.body.sharing.dueOn === '2027-01-09' ? response.body.sharing : undefined;
    });
    expect(sharing.dueAt).toBe('2027-01-09T23:59:59.999+08:00');
    const evaluationNotice = await waitFor('the evaluation service to hold the notice', () =>
      system.evaluation.app.get(MikroORM).em.fork().findOne(HolidayNoticeRecord, { year: 2027 }),
    );
    expect(evaluationNotice.makeUpWorkdays).toEqual(NOTICE_2027.makeUpWorkdays);
  });
});
