import {
  SmtpSink,
  filingSubmissionBody,
  makeUscc,
  registrationBody,
  setTestClock,
  uploadRequiredDocuments,
  waitFor,
} from '@tuoyu/testing';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';

const REGION = '370781';

describe('POST /filings/:id/review (api.md): one decision mapped onto receipt, correction request or non-compliance', () => {
  const sink = new SmtpSink();
  let system: TestSystem;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url });
    await setTestClock(system.all, '2026-11-02T10:00:00+08:00');
    await request(system.filing.url)
      .put(`/departments/${REGION}`)
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .send({ name: '青州市卫生健康局', email: 'wjw@qingzhou.example.cn' })
      .expect(200);
  });
  afterAll(async () => {
    await system?.close();
    await sink.stop();
  });

  const department = () => `Bearer ${system.filing.token({ role: 'department', region: REGION })}`;

  /** A registered institution that has submitted its filing. */
  async function submittedCase(): Promise<string> {
    const body = registrationBody({ uscc: makeUscc({ region: REGION }), regionCode: REGION, approvedOn: '2026-11-02' });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: REGION })}`)
      .send(body)
      .expect(201);
    const institution = `Bearer ${system.filing.token({ role: 'institution', uscc: body.uscc as string })}`;
    const caseId = await waitFor('the filing case', async () => {
      const res = await request(system.filing.url)
        .get('/filings')
        .query({ uscc: body.uscc as string })
        .set('Authorization', institution);
      return (res.body as { id: string }[])[0]?.id;
    });
    await request(system.filing.url)
      .post(`/filings/${caseId}/submission`)
      .set('Authorization', institution)
      .send(filingSubmissionBody(await uploadRequiredDocuments(system.filing.url, caseId, institution)))
      .expect(201);
    return caseId;
  }

  const review = (caseId: string, body: object) =>
    request(system.filing.url).post(`/filings/${caseId}/review`).set('Authorization', department()).send(body);

  it('request_correction with a comment asks for that correction; reject gives the comment as the reason; accept files', async () => {
    const corrected = await submittedCase();
    const correction = await review(corrected, { decision: 'request_correction', comment: '消防证明已过期' }).expect(
      200,
    );
    expect(correction.body).toMatchObject({ filingCaseId: corrected, status: 'correction_requested' });

    const rejected = await submittedCase();
    await review(rejected, { decision: 'reject', comment: '场地设在地下室' }).expect(200);
    const nonCompliant = await request(system.filing.url).get('/public/non-compliance').query({ region: REGION });
    expect(JSON.stringify(nonCompliant.body)).toContain('场地设在地下室');

    const accepted = await submittedCase();
    const receipt = await review(accepted, { decision: 'accept' }).expect(200);
    expect(receipt.body).toMatchObject({ filingCaseId: accepted, status: 'filed' });
    expect(receipt.body.receiptNumber).toEqual(expect.any(String));
  });

  it.each([
    [{ decision: 'approve' }, 'decision'],
    [{ decision: 'reject' }, 'comment'],
    [{ decision: 'request_correction', comment: '' }, 'comment'],
  ])('refuses %p with 400 naming %s', async (body, field) => {
    const res = await review('0b6f7a0e-6f1c-4a53-9d7e-1f0c2b7e9a11', body).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });
});
