import { SmtpSink, TestQueues, registrationBody, setTestClock, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { settle } from '../support/settle';
import { TestSystem, startTestSystem } from '../support/test-system';

const YANJIANG = { code: '512002', name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' };
const LEZHI = { code: '512022', name: '资阳市乐至县卫生健康局', email: 'wjw@lezhi.example.cn' };

// A county's existing institutions, each with its history, as of 2026-11-20.
const filed = registrationBody({
  approvedOn: '2026-03-02',
  sharedOn: '2026-03-05',
  filedOn: '2026-03-12',
  receiptNumber: '雁卫托备〔2026〕3号',
  evaluationLevel: 'B',
  evaluatedOn: '2026-09-10',
  lastInspectionOn: '2026-10-15',
});
const sharedOnly = registrationBody({ regionCode: LEZHI.code, approvedOn: '2026-11-15', sharedOn: '2026-11-16' });
const overdue = registrationBody({ approvedOn: '2026-10-01', sharedOn: '2026-10-10' });
const overdueUnshared = registrationBody({ regionCode: LEZHI.code, approvedOn: '2026-09-01' });
const receiptless = registrationBody({ approvedOn: '2026-03-02', filedOn: '2026-03-12' });
const FILE = [filed, sharedOnly, overdue, overdueUnshared, receiptless].map((r) => JSON.stringify(r)).join('\n');

const emailOf = (body: Record<string, unknown>) => (body.contact as { email: string }).email;

jest.setTimeout(240_000);

describe('importing existing institutions with their history (all apps, real Redis/PostgreSQL/SMTP)', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let queues: TestQueues;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url, ADMIN_EMAIL: 'admin@tuoyu.example.cn' });
    queues = new TestQueues();
    // Before the departments' 08:30 digest, so the import's summary is the one email a department gets here.
    await setTestClock(system.all, '2026-11-20T08:00:00+08:00');
    const admin = `Bearer ${system.filing.token({ role: 'admin' })}`;
    for (const d of [YANJIANG, LEZHI]) {
      await request(system.filing.url)
        .put(`/departments/${d.code}`)
        .set('Authorization', admin)
        .send({ name: d.name, email: d.email })
        .expect(200);
    }
  });

  afterAll(async () => {
    await system?.close();
    await queues?.close();
    await sink.stop();
  });

  const authority = () => `Bearer ${system.registration.token({ role: 'authority', region: '512000' })}`;

  async function importFile(): Promise<Record<string, unknown>> {
    const started = await request(system.registration.url)
      .post('/registrations/imports')
      .set('Authorization', authority())
      .set('Content-Type', 'application/x-ndjson')
      .send(FILE)
      .expect(202);
    expect(started.body).toMatchObject({ total: 5 });
    return waitFor('the import job to finish', async () => {
      const job = await request(system.registration.url)
        .get(`/registrations/imports/${started.body.id as string}`)
        .set('Authorization', authority())
        .expect(200);
      return job.body.status === 'running' ? undefined : (job.body as Record<string, unknown>);
    });
  }

  async function filingOf(body: Record<string, unknown>) {
    const department = system.filing.token({ role: 'department', region: body.regionCode as string });
    const res = await request(system.filing.url)
      .get('/filings')
      .query({ uscc: body.uscc as string })
      .set('Authorization', `Bearer ${department}`)
      .expect(200);
    return (res.body as Record<string, unknown>[])[0];
  }

  it('opens each institution in its state, sends one notice per institution and one summary per department, and a second import changes nothing', async () => {
    const job = await importFile();
    expect(job).toMatchObject({ status: 'finished', total: 5, processed: 5, created: 4, skipped: 0, invalid: 1 });
    expect(job.errors).toEqual([
      { row: 5, errors: [expect.objectContaining({ field: 'receiptNumber', code: 'required' })] },
    ]);

    const keyOf = (m: { headers: Map<string, unknown> }) => m.headers.get('x-tuoyu-idempotency-key') as string;
    const counted = (mails: { headers: Map<string, unknown> }[]) => mails.map(keyOf);
    await waitFor(
      'five emails',
      () => {
        if (counted(sink.messages).length >= 5) return true;
        throw new Error(
          `so far: ${sink.messages.map((m) => m.headers.get('x-tuoyu-idempotency-key') as string).join(' ')}`,
        );
      },
      { timeoutMs: 90_000 },
    );
    await settle(system.all);

    expect(await filingOf(filed)).toMatchObject({ status: 'filed', receiptNumber: '雁卫托备〔2026〕3号' });
    expect(await filingOf(sharedOnly)).toMatchObject({ status: 'awaiting_submission', dueOn: '2026-11-30' });
    expect(await filingOf(overdue)).toMatchObject({ status: 'overdue', dueOn: '2026-10-16' });
    expect(await filingOf(overdueUnshared)).toMatchObject({ status: 'overdue', dueOn: '2026-09-16' });

    // Filing's receipts came back in one message per batch: every duty is delivered, the unshared one since now.
    const listed = await request(system.registration.url)
      .get('/registrations')
      .set('Authorization', authority())
      .expect(200);
    const sharingOf = (body: Record<string, unknown>) =>
      (listed.body as { uscc: string; sharing: { status: string; deliveredAt: string } }[]).find(
        (r) => r.uscc === body.uscc,
      )?.sharing;
    for (const body of [filed, sharedOnly, overdue]) expect(sharingOf(body)).toMatchObject({ status: 'delivered' });
    expect(sharingOf(overdueUnshared)).toMatchObject({
      status: 'delivered',
      deliveredAt: expect.stringMatching(/^2026-11-20T08:0/),
    });

    const subjects = await request(system.evaluation.url)
      .get('/evaluation-subjects')
      .query({ uscc: filed.uscc as string })
      .set('Authorization', `Bearer ${system.evaluation.token({ role: 'department', region: YANJIANG.code })}`)
      .expect(200);
    expect(subjects.body).toEqual([
      expect.objectContaining({
        filedOn: '2026-03-12',
        deadlines: expect.arrayContaining([
          expect.objectContaining({ kind: 'quality_evaluation', status: 'met' }),
          expect.objectContaining({ kind: 'supervision_inspection', dueOn: '2027-10-15', status: 'open' }),
        ]),
      }),
    ]);

    const expected: [string, string][] = [
      [emailOf(sharedOnly), 'filing-due:'],
      [emailOf(overdue), 'import-overdue:'],
      [emailOf(overdueUnshared), 'import-overdue:'],
      [YANJIANG.email, 'import-summary:'],
      [LEZHI.email, 'import-summary:'],
    ];
    for (const [address, key] of expected) {
      expect(counted(sink.to(address))).toEqual([expect.stringMatching(new RegExp(`^${key}`))]);
    }
    expect(counted(sink.messages)).toHaveLength(5);
    const [lezhi] = sink.to(LEZHI.email);
    expect(lezhi.text).toContain(sharedOnly.name as string);
    expect(lezhi.text).toContain(overdueUnshared.name as string);

    const again = await importFile();
    expect(again).toMatchObject({ status: 'finished', created: 0, skipped: 4, invalid: 1 });
    await settle(system.all);
    expect(counted(sink.messages)).toHaveLength(5);
    expect(await filingOf(filed)).toMatchObject({ status: 'filed' });
  });

  it("lets a job's status be followed more often than the import itself may be started (the CLI polls 4 times a second)", async () => {
    const { id } = await importFile();
    const answers = [];
    // More than the 20 a minute of the expensive routes: a long import's progress bar must not end in a 429.
    for (let poll = 0; poll < 30; poll += 1)
      answers.push(
        (
          await request(system.registration.url)
            .get(`/registrations/imports/${id as string}`)
            .set('Authorization', authority())
        ).status,
      );
    expect(answers).toEqual(Array(30).fill(200));
  });
});
