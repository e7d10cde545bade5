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
const PORTAL = { 'x-tuoyu-portal': '1' };

/** The portal's server side: emailed links, code sign-in, the session cookie and the API proxy. */
describe('portal: emailed links are read-only capabilities, acting needs a code sign-in', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let portal: string;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url, ADMIN_EMAIL: 'ops@tuoyu.example.cn' });
    portal = system.admin.url;
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

  /** A registration approved in 青州; its case id and the capability path from the filing-due email. */
  async function caseWithLink() {
    const body = registrationBody({ uscc: makeUscc({ region: REGION }), regionCode: REGION, approvedOn: '2026-11-02' });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: REGION })}`)
      .send(body)
      .expect(201);
    const email = (body.contact as { email: string }).email;
    const [notice] = await waitFor('the filing-due notice', () => (sink.to(email).length ? sink.to(email) : undefined));
    const path = /http:\/\/filing\.test(\/l\/[\w-]+)/.exec(notice.text ?? '')![1];
    expect(notice.html).toContain('点此打开</a>');
    const cases = await request(system.filing.url)
      .get('/filings')
      .query({ uscc: body.uscc as string })
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .expect(200);
    return { uscc: body.uscc as string, email, path, caseId: cases.body[0].id as string };
  }

  const sessionCookie = (response: request.Response) =>
    ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('tuoyu_session='));

  it('a link opens its case read-only: no token left in the URL, cookie HttpOnly and SameSite, not another case, no writes', async () => {
    const mine = await caseWithLink();
    const other = await caseWithLink();
    const opened = await request(portal).get(mine.path).expect(303);
    expect(opened.headers.location).toBe(`/cases/${mine.caseId}`);
    const cookie = sessionCookie(opened)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // http in this test; Secure when PUBLIC_BASE_URL is https
    const jar = cookie.split(';')[0];

    const view = await request(portal).get(`/api/filing/filings/${mine.caseId}`).set('Cookie', jar).expect(200);
    expect(view.body).toMatchObject({ id: mine.caseId, status: 'awaiting_submission' });
    await request(portal).get(`/api/filing/filings/${other.caseId}`).set('Cookie', jar).expect(403);
    await request(portal).get('/api/filing/filings').set('Cookie', jar).expect(403);
    await request(portal)
      .post(`/api/filing/filings/${mine.caseId}/submission`)
      .set('Cookie', jar)
      .set(PORTAL)
      .send(filingSubmissionBody([]))
      .expect(403);
    const me = await request(portal).get('/portal/me').set('Cookie', jar).expect(200);
    expect(me.body).toMatchObject({ role: 'institution', readOnly: true, caseId: mine.caseId });

    const damaged = mine.path.slice(0, -2) + (mine.path.endsWith('AA') ? 'BB' : 'AA');
    const refused = await request(portal).get(damaged).expect(303);
    expect(refused.headers.location).toBe('/link-invalid');
    expect(sessionCookie(refused)).toBeUndefined();
  });

  it('a code sent to the address on record signs in (once, limited tries); the session submits; sign-out ends it', async () => {
    const mine = await caseWithLink();
    await request(portal).post('/portal/sign-in/code').send({ role: 'institution', uscc: mine.uscc }).expect(403);
    const bad = await request(portal).post('/portal/sign-in/code').set(PORTAL).send({ role: 'institution', uscc: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('uscc');
    const asked = await request(portal)
      .post('/portal/sign-in/code')
      .set(PORTAL)
      .send({ role: 'institution', uscc: mine.uscc })
      .expect(202);
    expect(asked.body.sentTo).toMatch(/\*\*\*@/);
    const mail = await waitFor('the code', () => sink.to(mine.email).find((m) => /登录验证码/.test(m.subject ?? '')));
    const code = /验证码是 (\d{6})/.exec(mail.text ?? '')![1];
    const wrong = code === '000000' ? '111111' : '000000';
    await request(portal)
      .post('/portal/sign-in')
      .set(PORTAL)
      .send({ challengeId: asked.body.challengeId, code: wrong })
      .expect(400);
    const signedIn = await request(portal)
      .post('/portal/sign-in')
      .set(PORTAL)
      .send({ challengeId: asked.body.challengeId, code })
      .expect(200);
    expect(signedIn.body).toMatchObject({ role: 'institution', uscc: mine.uscc, readOnly: false });
    await request(portal)
      .post('/portal/sign-in')
      .set(PORTAL)
      .send({ challengeId: asked.body.challengeId, code })
      .expect(400);
    const jar = sessionCookie(signedIn)!.split(';')[0];
    expect(sessionCookie(signedIn)).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);

    const documents = await uploadRequiredDocuments(
      system.filing.url,
      mine.caseId,
      `Bearer ${system.filing.token({ role: 'institution', uscc: mine.uscc })}`,
    );
    await request(portal)
      .post(`/api/filing/filings/${mine.caseId}/submission`)
      .set('Cookie', jar)
      .send(filingSubmissionBody(documents))
      .expect(403); // no portal header: a cross-site form cannot act
    const submitted = await request(portal)
      .post(`/api/filing/filings/${mine.caseId}/submission`)
      .set('Cookie', jar)
      .set(PORTAL)
      .send(filingSubmissionBody(documents))
      .expect(201);
    expect(submitted.body.status).toBe('submitted');

    await request(portal).post('/portal/sign-out').set('Cookie', jar).set(PORTAL).expect(204);
    await request(portal).get('/portal/me').set('Cookie', jar).expect(401);
    await request(portal).get(`/api/filing/filings/${mine.caseId}`).set('Cookie', jar).expect(401);
  });

  it('a code is refused after five wrong tries', async () => {
    const mine = await caseWithLink();
    const asked = await request(portal)
      .post('/portal/sign-in/code')
      .set(PORTAL)
      .send({ role: 'institution', uscc: mine.uscc });
    const mail = await waitFor('the code', () => sink.to(mine.email).find((m) => /登录验证码/.test(m.subject ?? '')));
    const code = /验证码是 (\d{6})/.exec(mail.text ?? '')![1];
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      await request(portal)
        .post('/portal/sign-in')
        .set(PORTAL)
        .send({ challengeId: asked.body.challengeId, code: wrong })
        .expect(400);
    }
    const last = await request(portal)
      .post('/portal/sign-in')
      .set(PORTAL)
      .send({ challengeId: asked.body.challengeId, code });
    expect(last.status).toBe(400);
    expect(last.body.message).toMatch(/Too many wrong tries/);
  });

  it('a revoked link stops working, and so does the session it opened; an expired one never opens', async () => {
    const mine = await caseWithLink();
    const jar = sessionCookie(await request(portal).get(mine.path).expect(303))!.split(';')[0];
    await request(portal).get(`/api/filing/filings/${mine.caseId}`).set('Cookie', jar).expect(200);
    await request(portal)
      .post('/portal/links/revocations')
      .set('Authorization', `Bearer ${system.admin.token({ role: 'admin' })}`)
      .send({ caseId: mine.caseId })
      .expect(204);
    expect((await request(portal).get(mine.path).expect(303)).headers.location).toBe('/link-invalid');
    await request(portal).get(`/api/filing/filings/${mine.caseId}`).set('Cookie', jar).expect(401);

    const later = await caseWithLink();
    await setTestClock(system.all, '2027-01-05T10:00:00+08:00'); // 64 days on: past the links' 60 days
    expect((await request(portal).get(later.path).expect(303)).headers.location).toBe('/link-invalid');
  });
});
