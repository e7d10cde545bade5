import { MikroORM } from '@mikro-orm/core';
import { Deadline } from '@tuoyu/deadlines';
import { EvaluationSubject } from '@tuoyu/evaluation-domain';
import { DOCUMENT_KINDS, FilingSubmission } from '@tuoyu/filing-domain';
import { createHash } from 'node:crypto';
import {
  SmtpSink,
  filingSubmissionBody,
  makeUscc,
  registrationBody,
  samplePdf,
  sampleJpeg,
  setTestClock,
  uploadDocument,
  uploadRequiredDocuments,
  waitFor,
} from '@tuoyu/testing';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';
import { settle } from '../support/settle';

// 青州市 (370781): its own department; 临朐县 (370724) is another county's department.
const REGION = '370781';
const DEPARTMENT_EMAIL = 'wjw@qingzhou.example.cn';
const ADMIN_EMAIL = 'ops@tuoyu.example.cn';

describe('filing review (备案): submission, correction, receipt and the department clocks', () => {
  const sink = new SmtpSink();
  let system: TestSystem;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url, ADMIN_EMAIL });
    await setTestClock(system.all, '2026-11-02T10:00:00+08:00');
    await request(system.filing.url)
      .put(`/departments/${REGION}`)
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .send({ name: '青州市卫生健康局', email: DEPARTMENT_EMAIL })
      .expect(200);
  });
  afterAll(async () => {
    await system?.close();
    await sink.stop();
  });

  const department = (region = REGION) => `Bearer ${system.filing.token({ role: 'department', region })}`;
  const institution = (uscc: string) => `Bearer ${system.filing.token({ role: 'institution', uscc })}`;
  const filingEm = () => system.filing.app.get(MikroORM).em.fork();

  /** A registration approved today in 青州, and its filing case once the handoff arrived. */
  async function approvedCase(approvedOn: string) {
    const body = registrationBody({
      uscc: makeUscc({ region: REGION }),
      regionCode: REGION,
      approvedOn,
      address: '山东省潍坊市青州市云门山路1号',
    });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: REGION })}`)
      .send(body)
      .expect(201);
    const uscc = body.uscc as string;
    const filingCase = await waitFor('the filing case', async () => {
      const response = await request(system.filing.url)
        .get('/filings')
        .query({ uscc })
        .set('Authorization', institution(uscc));
      return response.body[0] as
        { id: string; status: string; dueOn: string; dueExplanation: string[]; dueExplanationZh: string[] } | undefined;
    });
    return { uscc, email: (body.contact as { email: string }).email, caseId: filingCase.id, filingCase };
  }

  const subjects = (address: string) => sink.to(address).map((mail) => mail.subject ?? '');

  it('awaiting → reminded → submitted → correction requested → resubmitted → filed, with exactly the expected emails', async () => {
    const { uscc, email, caseId, filingCase } = await approvedCase('2026-11-02');
    expect(filingCase).toMatchObject({ status: 'awaiting_submission', dueOn: '2026-11-17' });
    // How the date was computed, for an API reader (English) and for the institution's page (Chinese, line by line).
    expect(filingCase.dueExplanation.join(' ')).toContain('15 calendar days');
    expect(filingCase.dueExplanationZh).toHaveLength(filingCase.dueExplanation.length);
    expect(filingCase.dueExplanationZh.join('')).toContain(
      '自2026-11-02次日起算，当日不计入（《民法典》第二百零一条）',
    );
    expect(filingCase.dueExplanationZh.join('')).toContain('期限于2026-11-17 24:00（北京时间）届满');
    expect(filingCase.dueExplanationZh.join('')).not.toMatch(/[A-Za-z]/);
    const [dueNotice] = await waitFor('the filing-due notice', () =>
      sink.to(email).length === 1 ? sink.to(email) : undefined,
    );
    // The notice's link is an opaque portal capability (test/e2e/portal-links.e2e-spec.ts opens it): no bearer
    // token and not even the case id in the address.
    const link = /http:\/\/filing\.test\/l\/([\w-]+)/.exec(dueNotice.text ?? '')![1];
    expect(link).not.toContain(caseId);
    expect(link).not.toMatch(/^eyJ/);
    const firstDocuments = await uploadRequiredDocuments(system.filing.url, caseId, institution(uscc));

    await setTestClock(system.all, '2026-11-10T09:00:30+08:00');
    await waitFor('the 7-day reminder', () => sink.to(email).length === 2);

    await setTestClock(system.all, '2026-11-11T10:00:00+08:00');
    const first = await request(system.filing.url)
      .post(`/filings/${caseId}/submission`)
      .set('Authorization', institution(uscc))
      .send(filingSubmissionBody(firstDocuments))
      .expect(201);
    // 5 and 15 working days after Wednesday 11-11.
    expect(first.body).toMatchObject({
      sequence: 1,
      status: 'submitted',
      receiptDueOn: '2026-11-18',
      decisionDueOn: '2026-12-02',
    });
    // The roster comes back masked, never with the full ID numbers.
    for (const member of first.body.staff) expect(member.idNumber).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    // 已收到备案材料: the institution is told its materials arrived, by when the department reviews, and whom to ask.
    const confirmation = (sequence: number) => sink.withKey(`filing-submitted:${caseId}:${sequence}:${email}`);
    const [firstConfirmation] = await waitFor('the first submission confirmation', () =>
      sink.to(email).length === 3 ? confirmation(1) : undefined,
    );
    expect(firstConfirmation.subject).toContain('已收到您的备案材料（第1次提交）');
    expect(firstConfirmation.text).toContain('审查期限至 2026-11-18 24:00（北京时间）');
    expect(firstConfirmation.text).toContain('青州市卫生健康局');
    expect(firstConfirmation.text).toContain(DEPARTMENT_EMAIL);
    expect(firstConfirmation.text).toMatch(/http:\/\/filing\.test\/l\/[\w-]+/);

    await setTestClock(system.all, '2026-11-12T10:00:00+08:00');
    const items = [
      { item: 'fire_safety_certificate (消防安全检查合格证明)', reason: '证明已过期' },
      { item: 'premises_proof (场地证明)', reason: '租赁合同缺少出租方签章' },
    ];
    // Free text is quoted in emails: a full resident ID in it is refused at the door, not in the mailer.
    const leaky = await request(system.filing.url)
      .post(`/filings/${caseId}/correction-request`)
      .set('Authorization', department())
      .send({
        items: [
          { item: 'staff roster', reason: `保育员 ${first.body.staff[1].name} 身份证 513102199001010019 无健康证` },
        ],
      })
      .expect(400);
    expect(leaky.body.errors).toEqual([expect.objectContaining({ field: 'items.0.reason', code: 'personal_data' })]);
    expect(JSON.stringify(leaky.body)).not.toContain('513102199001010019');
    const correction = await request(system.filing.url)
      .post(`/filings/${caseId}/correction-request`)
      .set('Authorization', department())
      .send({ items })
      .expect(200);
    expect(correction.body).toMatchObject({ status: 'correction_requested', correctionDueOn: '2026-11-27' });
    const [correctionMail] = await waitFor('the correction notice', () =>
      sink.to(email).length === 4 ? sink.to(email).slice(3) : undefined,
    );
    expect(correctionMail.text).toContain('证明已过期');
    expect(correctionMail.text).toContain('租赁合同缺少出租方签章');
    expect(correctionMail.text).toContain('2026-11-27');

    await setTestClock(system.all, '2026-11-13T10:00:00+08:00');
    // The institution uploads the corrected fire certificate and lease; the other documents stand (immutable).
    const fireCertificate = sampleJpeg('消防安全检查合格证明 2026-11-13');
    const corrected: { id: string; kind: string; sha256: string }[] = [];
    for (const [kind, fileName, content] of [
      ['fire_safety_certificate', '消防安全检查合格证明（新）.jpg', fireCertificate],
      ['premises_proof', '租赁合同（盖章）.pdf', samplePdf('租赁合同 盖章')],
    ] as const) {
      const upload = await uploadDocument(system.filing.url, caseId, institution(uscc), { kind, fileName, content });
      expect(upload.status).toBe(201);
      corrected.push(upload.body as { id: string; kind: string; sha256: string });
    }
    expect(corrected[0].sha256).toBe(createHash('sha256').update(fireCertificate).digest('hex'));
    // Every kind again: the first upload of the other kinds (DOCUMENT_KINDS order), the corrected two replacing theirs.
    const replaced = new Set(['premises_proof', 'fire_safety_certificate']);
    const resubmitted = [
      ...firstDocuments.filter((_, i) => !replaced.has(DOCUMENT_KINDS[i])),
      ...corrected.map((d) => d.id),
    ];
    const second = await request(system.filing.url)
      .post(`/filings/${caseId}/submission`)
      .set('Authorization', institution(uscc))
      .send(filingSubmissionBody(resubmitted))
      .expect(201);
    expect(second.body).toMatchObject({ sequence: 2, status: 'submitted', receiptDueOn: '2026-11-20' });
    // The department sees which submission named each document: the five kept in both, the replaced two in the
    // first only, the corrected two in the second only.
    const listed = await request(system.filing.url)
      .get(`/filings/${caseId}/documents`)
      .set('Authorization', department())
      .expect(200);
    const submissionsOf = new Map(
      (listed.body as { id: string; submissions: number[] }[]).map((d) => [d.id, d.submissions]),
    );
    expect(firstDocuments.map((id) => submissionsOf.get(id))).toEqual(
      DOCUMENT_KINDS.map((kind) => (replaced.has(kind) ? [1] : [1, 2])),
    );
    expect(corrected.map((d) => submissionsOf.get(d.id))).toEqual([[2], [2]]);
    // The resubmission is a submission of its own: confirmed again, with its own review due date.
    const [secondConfirmation] = await waitFor('the resubmission confirmation', () =>
      sink.to(email).length === 5 ? confirmation(2) : undefined,
    );
    expect(secondConfirmation.subject).toContain('第2次提交');
    expect(secondConfirmation.text).toContain('审查期限至 2026-11-20 24:00（北京时间）');

    await setTestClock(system.all, '2026-11-16T10:00:00+08:00');
    // The department opens the corrected certificate before it decides: the same bytes, and the download is recorded.
    const opened2 = await request(system.filing.url)
      .get(`/filings/${caseId}/documents/${corrected[0].id}/content`)
      .set('Authorization', department())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(opened2.headers['content-type']).toBe('image/jpeg');
    expect((opened2.body as Buffer).equals(fireCertificate)).toBe(true);
    const receipt = await request(system.filing.url)
      .post(`/filings/${caseId}/receipt`)
      .set('Authorization', department())
      .expect(200);
    expect(receipt.body).toMatchObject({ status: 'filed', filedOn: '2026-11-16' });
    expect(receipt.body.receiptNumber).toMatch(/^TYBA3707812026\d{5}$/);
    const [receiptMail] = await waitFor('the receipt', () =>
      sink.to(email).length === 6 ? sink.to(email).slice(5) : undefined,
    );
    expect(receiptMail.text).toContain(receipt.body.receiptNumber);

    // FilingAccepted reached the evaluation service.
    await waitFor('the evaluation subject', () =>
      system.evaluation.app.get(MikroORM).em.fork().findOne(EvaluationSubject, { filingCaseId: caseId }),
    );

    // Every clock was met: nothing more is sent, however far the clock moves.
    await setTestClock(system.all, '2026-12-20T10:00:00+08:00');
    await settle(system.all);
    const submissions = await filingEm().find(
      FilingSubmission,
      { filingCase: caseId },
      { orderBy: { sequence: 'asc' } },
    );
    expect(submissions.map((s) => s.outcome)).toEqual(['correction_requested', 'accepted']);
    const deadlines = await filingEm().find(Deadline, {
      subjectId: { $in: [caseId, ...submissions.map((s) => s.id)] },
    });
    expect(deadlines.map((d) => `${d.kind}:${d.status}`).sort()).toEqual([
      'department_receipt:met',
      'department_receipt:met',
      'filing:met',
      'non_compliance_notice:met',
      'non_compliance_notice:met',
    ]);
    expect(sink.to(email)).toHaveLength(6);
    // Exactly one confirmation per submission.
    expect([confirmation(1).length, confirmation(2).length]).toEqual([1, 1]);
    // No reminder, overdue notice or escalation reached the department: its clocks were all met in time.
    expect(subjects(DEPARTMENT_EMAIL).filter((s) => /^【(提醒|逾期|逾期督办)】/.test(s))).toEqual([]);

    // Filed: no more uploads for this case.
    const late = await uploadDocument(system.filing.url, caseId, institution(uscc), {
      kind: 'food_license',
      fileName: 'late.pdf',
      content: samplePdf('late'),
    }).expect(409);
    expect(late.body.message).toContain('is filed');
    const again = await request(system.filing.url)
      .post(`/filings/${caseId}/receipt`)
      .set('Authorization', department())
      .expect(409);
    expect(again.body.message).toContain('is filed');
  });

  it('a case left alone becomes overdue and the department is escalated to once', async () => {
    await setTestClock(system.all, '2026-11-02T10:00:00+08:00');
    const { email, caseId } = await approvedCase('2026-11-02');
    const escalations = () =>
      sink
        .to(DEPARTMENT_EMAIL)
        .filter((mail) => mail.text?.includes(caseId) && mail.subject?.startsWith('【逾期督办】'));

    await setTestClock(system.all, '2026-11-18T00:00:30+08:00');
    await waitFor('the breach', async () => {
      const response = await request(system.filing.url).get(`/filings/${caseId}`).set('Authorization', department());
      return response.body.status === 'overdue';
    });
    await waitFor('the escalation', () => escalations().length === 1);

    await setTestClock(system.all, '2026-11-25T09:00:30+08:00');
    const overdueNotices = () => sink.to(email).filter((mail) => mail.subject?.startsWith('【逾期】'));
    await waitFor('the breach notice and the first weekly overdue notice', () => overdueNotices().length === 2);
    expect(escalations()).toHaveLength(1);
  });

  it('a department cannot see or decide another region’s case', async () => {
    await setTestClock(system.all, '2026-11-02T10:00:00+08:00');
    const { caseId } = await approvedCase('2026-11-02');
    await request(system.filing.url).get(`/filings/${caseId}`).set('Authorization', department('370724')).expect(404);
    await request(system.filing.url)
      .post(`/filings/${caseId}/receipt`)
      .set('Authorization', department('370724'))
      .expect(404);
    await request(system.filing.url)
      .get('/filings')
      .query({ region: REGION })
      .set('Authorization', department('370724'))
      .expect(403);
    // Not submitted yet: the state machine names the state.
    const early = await request(system.filing.url)
      .post(`/filings/${caseId}/receipt`)
      .set('Authorization', department())
      .expect(409);
    expect(early.body.message).toContain('awaiting_submission');
  });
});
