import { SharedOffsetClock } from '@tuoyu/clock';
import { QueueName } from '@tuoyu/contracts';
import { SmtpSink, TestQueues, registrationBody, setTestClock, waitFor } from '@tuoyu/testing';
import { TestSystem, startTestSystem } from '../support/test-system';
import request from 'supertest';

describe('a registration flows through to the institution email (all apps, real Redis/PostgreSQL/SMTP)', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url });
    queues = new TestQueues();
    // The day of approval, so the filing deadline lies ahead and no reminder is due yet.
    await setTestClock(system.all, '2026-09-20T10:00:00+08:00');
  });

  afterAll(async () => {
    await system?.close();
    await queues?.close();
    await sink.stop();
  });

  it('ends with exactly one email naming the due date, the filing case visible and the sharing duty delivered', async () => {
    const authority = system.registration.token({ role: 'authority', region: '512000' });
    const body = registrationBody({ approvedOn: '2026-09-20' });
    await request(system.filing.url)
      .put('/departments/512002')
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .send({ name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn', phone: '028-26621234' })
      .expect(200);

    const created = await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${authority}`)
      .send(body)
      .expect(201);
    expect(created.body).toMatchObject({
      uscc: body.uscc,
      status: 'approved',
      sharing: { dueOn: '2026-10-20', status: 'pending' },
      warnings: [],
    });

    const email = body.contact as { email: string };
    const [mail] = await waitFor('the institution email', () =>
      sink.to(email.email).length ? sink.to(email.email) : undefined,
    );
    expect(mail.subject).toContain('2026-10-08');
    expect(mail.text).toContain('2026-10-08 24:00');
    expect(mail.text).toContain(body.name as string);
    // The computation itself in Chinese (国庆 moved the last day), and whom to ask, carried through the queues.
    expect(mail.text).toContain('2026-10-05为法定节假日（国庆节）。');
    expect(mail.text).toContain('顺延至休假日结束的次日2026-10-08（《民法典》第二百零三条）');
    expect(mail.text).toContain(
      '如有疑问，请联系资阳市雁江区卫生健康局（电话：028-26621234，电子邮箱：wjw@yanjiang.example.cn）',
    );
    expect(mail.html).toContain('<a href="tel:028-26621234">028-26621234</a>');
    const key = mail.headers.get('x-tuoyu-idempotency-key') as string;
    expect(key).toMatch(/^filing-due:/);
    expect(mail.messageId).toMatch(/@tuoyu\.notice>?$/);

    const department = system.filing.token({ role: 'department', region: '512002' });
    const filings = await request(system.filing.url)
      .get('/filings')
      .query({ uscc: body.uscc })
      .set('Authorization', `Bearer ${department}`)
      .expect(200);
    expect(filings.body).toEqual([
      expect.objectContaining({
        uscc: body.uscc,
        name: body.name,
        regionCode: '512002',
        status: 'awaiting_submission',
        dueOn: '2026-10-08',
        dueAt: '2026-10-08T23:59:59.999+08:00',
        registrationApprovedOn: '2026-09-20',
        department: { name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn', phone: '028-26621234' },
        reminders: [
          { kind: 'due_in_7_days', fireAt: '2026-10-01T09:00:00.000+08:00', status: 'pending' },
          { kind: 'due_in_3_days', fireAt: '2026-10-05T09:00:00.000+08:00', status: 'pending' },
          { kind: 'due_in_1_day', fireAt: '2026-10-07T09:00:00.000+08:00', status: 'pending' },
          { kind: 'due_today', fireAt: '2026-10-08T09:00:00.000+08:00', status: 'pending' },
          { kind: 'breach', fireAt: '2026-10-09T00:00:00.000+08:00', status: 'pending' },
          { kind: 'overdue_weekly#1', fireAt: '2026-10-16T09:00:00.000+08:00', status: 'pending' },
        ],
      }),
    ]);

    const registration = await waitFor('the sharing duty to be delivered', async () => {
      const response = await request(system.registration.url)
        .get(`/registrations/${created.body.id}`)
        .set('Authorization', `Bearer ${authority}`)
        .expect(200);
      return response.body.sharing.status === 'delivered' ? response.body : undefined;
    });
    expect(registration.sharing).toMatchObject({ status: 'delivered', filingCaseId: filings.body[0].id });
    expect(registration.legalRepresentative.idNumber).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);

    // Nothing more is on its way: every queue has drained, and still one email for this institution.
    await waitFor('all queues to drain', async () => {
      for (const name of Object.values(QueueName)) {
        // Delayed jobs are the reminder rungs' fast path, due in October: not "on its way" now.
        const counts = await queues.get(name).getJobCounts('waiting', 'active');
        if (counts.waiting + counts.active > 0) return false;
      }
      return true;
    });
    expect(sink.to(email.email)).toHaveLength(1);
    expect(sink.withKey(key)).toHaveLength(1);
  });

  it('serves health, metrics and OpenAPI on every app', async () => {
    for (const app of [system.registration, system.filing, system.evaluation, system.notification, system.admin]) {
      const health = await request(app.url).get('/health').expect(200);
      expect(health.body.details.redis.status).toBe('up');
      if (app.service !== 'admin') expect(health.body.details.database.status).toBe('up');
      const metrics = await request(app.url).get('/metrics').expect(200);
      expect(metrics.text).toContain('tuoyu_queue_jobs');
      expect(metrics.text).toContain(`service="${app.service}"`);
      const docs = await request(app.url).get('/docs-json').expect(200);
      expect(Object.keys(docs.body.paths)).toContain('/health');
    }
  });

  it('puts Bull Board and clock control behind admin auth', async () => {
    await request(system.admin.url).get('/admin/queues').expect(401);
    const department = system.admin.token({ role: 'department', region: '512002' });
    await request(system.admin.url).get('/admin/queues').set('Authorization', `Bearer ${department}`).expect(403);
    const admin = system.admin.token({ role: 'admin' });
    const board = await request(system.admin.url)
      .get('/admin/queues/api/queues')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(board.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'evaluation',
      'filing',
      'notification',
      'registration',
    ]);

    await request(system.admin.url).get('/admin/clock').expect(401);
    const clock = await request(system.admin.url)
      .get('/admin/clock')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(clock.body).toMatchObject({ overrideAllowed: true });
  });

  it('moves every service clock from the admin console within a second', async () => {
    const admin = system.admin.token({ role: 'admin' });
    const fortnight = 14 * 24 * 3600 * 1000;
    const setClock = (body: object) =>
      request(system.admin.url).post('/admin/clock').set('Authorization', `Bearer ${admin}`).send(body);
    try {
      const moved = await setClock({ offsetMs: fortnight }).expect(200);
      expect(moved.body.offsetMs).toBe(fortnight);
      const services = [system.registration, system.filing, system.evaluation, system.notification];
      await waitFor(
        'every service clock to follow',
        () => services.every((s) => s.app.get(SharedOffsetClock).currentOffsetMs === fortnight),
        { timeoutMs: 1500 },
      );
      const invalid = await setClock({ now: 'tomorrow' }).expect(400);
      expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'now' })]);
    } finally {
      await setClock({ offsetMs: 0 }).expect(200);
    }
  });
});
