import { SmtpSink, registrationBody, setTestClock, waitFor } from '@tuoyu/testing';
import type { DeliveryLogEntry } from '@tuoyu/notification-domain';
import request from 'supertest';
import { metricValue } from '../support/notice-requests';
import { TestSystem, startTestSystem } from '../support/test-system';

/**
 * Without ADMIN_EMAIL (allowed outside production, warned about at start) a notice to the administrators has
 * nobody to go to: it is recorded as a failed delivery with the reason, and counted, never dropped.
 */
describe('no ADMIN_EMAIL: the breach of a sharing duty', () => {
  const sink = new SmtpSink();
  let system: TestSystem;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url, ADMIN_EMAIL: '' });
    await setTestClock(system.all, '2026-11-02T10:00:00+08:00');
  });
  afterAll(async () => {
    await system?.close();
    await sink.stop();
  });

  it('shows as a failed delivery naming the missing address, counted in the metrics', async () => {
    // 平顶山 卫东区 (410403): no authority contact and no health department: only administrators could hear of it.
    const body = registrationBody({
      regionCode: '410403',
      approvedOn: '2026-11-02',
      address: '河南省平顶山市卫东区1号',
    });
    const authority = `Bearer ${system.registration.token({ role: 'authority', region: '410400' })}`;
    const registered = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', authority)
      .send(body)
      .expect(201);
    expect(registered.body.sharing).toEqual({ dueOn: '2026-12-02', status: 'pending' });

    await setTestClock(system.all, '2026-12-03T00:00:30+08:00');
    const sharingOf = async () =>
      (
        await request(system.registration.url)
          .get(`/registrations/${registered.body.id}`)
          .set('Authorization', authority)
          .expect(200)
      ).body.sharing;
    await waitFor('the breach', async () => (await sharingOf()).status === 'overdue');

    const admin = `Bearer ${system.notification.token({ role: 'admin' })}`;
    const failed = await waitFor('the failed delivery', async () => {
      const { body: entries } = await request(system.notification.url)
        .get('/deliveries?status=failed')
        .set('Authorization', admin)
        .expect(200);
      const about = (entries as DeliveryLogEntry[]).filter((e) => e.subject?.includes(body.name as string));
      return about.length === 2 ? about : undefined;
    });
    // The authority's overdue notice (no contact: it falls back to the administrators) and the escalation.
    const templates = ['deadline_escalation', 'deadline_overdue'];
    expect(failed.map((entry) => entry.template).sort()).toEqual(templates);
    for (const entry of failed) {
      expect(entry).toMatchObject({ status: 'failed', recipients: [], attempts: 0 });
      expect(entry.lastError).toContain('no recipient: ADMIN_EMAIL is not set');
    }
    // Neither went out (the institution's own filing-due notice does: its case opens whatever the directory holds).
    const failedKeys = new Set(failed.map((entry) => entry.key));
    expect(
      sink.messages.filter((mail) => failedKeys.has(mail.headers.get('x-tuoyu-idempotency-key') as string)),
    ).toEqual([]);
    const metrics = (await request(system.notification.url).get('/metrics').expect(200)).text;
    expect(metricValue(metrics, /^tuoyu_notifications_failed_total\{.*reason="no_recipient"/)).toBeGreaterThanOrEqual(
      1,
    );
    // The skipped reminders are visible too: the clock jumped past them.
    const reminders = (await sharingOf()).reminders as { kind: string; status: string }[];
    expect(reminders.find((r) => r.kind === 'breach')?.status).toBe('fired');
    expect(reminders.filter((r) => r.status === 'skipped').map((r) => r.kind)).toEqual([
      'due_in_7_days',
      'due_in_3_days',
      'due_in_1_day',
      'due_today',
    ]);
  });
});
