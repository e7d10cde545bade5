import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { HolidayNoticeRecord } from '@tuoyu/deadlines';
import { FilingCase } from '@tuoyu/filing-domain';
import { OutboxMessage } from '@tuoyu/messaging';
import {
  SmtpSink,
  TestApp,
  TestQueues,
  registrationApprovedPayload,
  setTestClock,
  startTestApp,
  waitFor,
} from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';

const NOTICE_2027 = {
  source: '国办发明电〔2026〕test',
  holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
    date: `2027-10-${d}`,
    name: '国庆节 National Day',
  })),
  makeUpWorkdays: [{ date: '2027-10-09', name: '国庆节 National Day (调休)' }],
};

describe("an administrator loads a year's holiday notice", () => {
  const sink = new SmtpSink();
  let filing: TestApp;
  let notification: TestApp;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    filing = await startTestApp(FilingAppModule, 'filing');
    notification = await startTestApp(NotificationAppModule, 'notification', { SMTP_URL: sink.url });
    queues = new TestQueues();
    await setTestClock([filing, notification], '2027-09-20T10:00:00+08:00');
  });
  afterAll(async () => {
    // The notice lives in the run's shared filing database; other test files expect 2027 to be provisional.
    await filing?.app.get(MikroORM).em.fork().nativeDelete(HolidayNoticeRecord, { year: 2027 });
    await filing?.close();
    await notification?.close();
    await queues?.close();
    await sink.stop();
  });

  const admin = () => `Bearer ${filing.token({ role: 'admin' })}`;

  it('recomputes a provisional due date, re-plans its reminders and tells the institution once', async () => {
    const payload = registrationApprovedPayload({
      approvedOn: '2027-09-20',
      contactEmail: `${randomUUID()}@example.cn`,
    });
    await queues.get(QueueName.Filing).add(MessageType.RegistrationApproved, payload, { jobId: randomUUID() });
    const em = () => filing.app.get(MikroORM).em.fork();
    const opened = await waitFor('the case', () =>
      em().findOne(FilingCase, { registrationId: payload.registrationId }),
    );
    expect(opened.dueOn).toBe('2027-10-05');
    const before = await request(filing.url)
      .get('/deadlines/compute')
      .query({ start: '2027-09-20', days: 15 })
      .expect(200);
    expect(before.body).toMatchObject({ dueOn: '2027-10-05', provisional: true });

    const loaded = await request(filing.url)
      .put('/deadlines/calendar/2027')
      .set('Authorization', admin())
      .send(NOTICE_2027)
      .expect(200);
    expect(loaded.body.source).toMatchObject({ year: 2027, kind: 'loaded_notice', provisional: false });
    expect(loaded.body.moved).toEqual([
      expect.objectContaining({ subjectId: opened.id, previousDueOn: '2027-10-05', dueOn: '2027-10-08' }),
    ]);

    const view = await request(filing.url).get(`/filings/${opened.id}`).set('Authorization', admin()).expect(200);
    expect(view.body).toMatchObject({ dueOn: '2027-10-08', dueAt: '2027-10-08T23:59:59.999+08:00' });
    expect(view.body.reminders).toEqual(
      expect.arrayContaining([
        { kind: 'due_today', fireAt: '2027-10-08T09:00:00.000+08:00', status: 'pending' },
        { kind: 'breach', fireAt: '2027-10-09T00:00:00.000+08:00', status: 'pending' },
      ]),
    );
    const after = await request(filing.url)
      .get('/deadlines/compute')
      .query({ start: '2027-09-20', days: 15 })
      .expect(200);
    expect(after.body).toMatchObject({ dueOn: '2027-10-08', provisional: false, extended: true });

    const [moved] = await waitFor('the moved-date notice', () => {
      const mails = sink.to(payload.contactEmail).filter((m) => m.subject?.includes('期限调整'));
      return mails.length ? mails : undefined;
    });
    expect(moved.text).toContain('2027-10-05');
    expect(moved.text).toContain('2027-10-08');

    const again = await request(filing.url)
      .put('/deadlines/calendar/2027')
      .set('Authorization', admin())
      .send(NOTICE_2027)
      .expect(200);
    expect(again.body.moved).toEqual([]);
    // One moved-date notice in the outbox for this case, whatever the number of loads.
    const movedNotices = await em().count(OutboxMessage, {
      payload: { template: 'deadline_moved', props: { uscc: payload.uscc } },
    });
    expect(movedNotices).toBe(1);
    const calendar = await request(filing.url).get('/deadlines/calendar').expect(200);
    expect(calendar.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ year: 2027, kind: 'loaded_notice' })]),
    );
  });

  it('rejects a notice with impossible or misplaced days, naming them', async () => {
    const bad = {
      holidays: [
        { date: '2027-02-30', name: '春节' },
        { date: '2026-10-01', name: '国庆节' },
      ],
      makeUpWorkdays: [],
    };
    const response = await request(filing.url)
      .put('/deadlines/calendar/2027')
      .set('Authorization', admin())
      .send(bad)
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['holidays.0.date']),
    );
    const misplaced = { holidays: [{ date: '2026-10-01', name: '国庆节' }], makeUpWorkdays: [] };
    const second = await request(filing.url)
      .put('/deadlines/calendar/2027')
      .set('Authorization', admin())
      .send(misplaced)
      .expect(400);
    expect(second.body.errors).toEqual([expect.objectContaining({ field: 'holidays.0.date' })]);
  });

  it('is for administrators only', async () => {
    const department = `Bearer ${filing.token({ role: 'department', region: '512002' })}`;
    await request(filing.url)
      .put('/deadlines/calendar/2027')
      .set('Authorization', department)
      .send(NOTICE_2027)
      .expect(403);
    await request(filing.url).put('/deadlines/calendar/2027').send(NOTICE_2027).expect(401);
  });
});
