import { SmtpSink, TestQueues, makeUscc, registrationBody, waitFor } from '@tuoyu/testing';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { DEPARTMENT_EMAIL, acceptFiling } from '../support/evaluation-subject-fixture';
import type { TestSystem } from '../support/test-system';
import { startPortalWorld, stopPortalWorld } from './portal-world';
import { phone, screenshot } from './portal-browser';

const REGION = '512002';

async function see(page: Page, testId: string, shot: string): Promise<void> {
  await page
    .getByTestId(testId)
    .first()
    .waitFor()
    .catch(async (error: unknown) => {
      await screenshot(page, `incidents-failure-${shot}`);
      throw error;
    });
}

/** The sign-in a page asks for: the code is read from the sink, the page comes back to its subject. */
async function signIn(page: Page, sink: SmtpSink, email: string, field: [string, string]): Promise<void> {
  await see(page, 'sign-in-required', 'sign-in');
  const before = sink.to(email).length;
  await page.getByLabel(field[0]).fill(field[1]);
  await page.getByRole('button', { name: /获取验证码/ }).click();
  const codeMail = await waitFor('the sign-in code', () =>
    sink
      .to(email)
      .slice(before)
      .find((m) => /登录验证码/.test(m.subject ?? '')),
  );
  await page.getByLabel('验证码').fill(/验证码是 (\d{6})/.exec(codeMail.text ?? '')![1]);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
}

describe('an incident on a phone: the institution reports it, the department follows it up from its email', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let queues: TestQueues;
  let browser: Browser;

  beforeAll(async () => {
    ({ system, browser } = await startPortalWorld(sink, {
      clock: '2026-10-12T10:00:00+08:00',
      department: { region: REGION, name: '资阳市雁江区卫生健康局', email: DEPARTMENT_EMAIL },
    }));
    queues = new TestQueues();
  }, 120_000);
  afterAll(async () => {
    await queues?.close();
    await stopPortalWorld(sink, { system, browser });
  });

  it('report (serious) → department emailed at once → its link → sign in → the region’s overview lists it → concluded; one learned elsewhere is recorded', async () => {
    // An institution the portal can sign in (its registration's contact) and evaluation knows as filed.
    const body = registrationBody({ uscc: makeUscc({ region: REGION }), regionCode: REGION, approvedOn: '2026-10-09' });
    const uscc = body.uscc as string;
    const contact = (body.contact as { email: string }).email;
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: REGION })}`)
      .send(body)
      .expect(201);
    await waitFor('the filing case', async () => {
      const cases = await request(system.filing.url)
        .get('/filings')
        .query({ uscc })
        .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
        .expect(200);
      return (cases.body as unknown[]).length > 0;
    });
    await acceptFiling(system.evaluation, queues, { uscc, name: body.name as string, regionCode: REGION });

    const institution = await phone(browser);
    const form = await institution.newPage();
    form.setDefaultTimeout(20_000);
    form.on('pageerror', (error) => console.log('page error', error.message));
    await form.goto(`${system.admin.url}/incidents/new`);
    await signIn(form, sink, contact, ['统一社会信用代码', uscc]);
    await see(form, 'incident-submit', 'report-form');
    await form.getByLabel('事件类型').click();
    await form.locator('.ant-select-item-option', { hasText: '食物中毒' }).click();
    await form.getByLabel('事件等级').click();
    await form.locator('.ant-select-item-option', { hasText: '较大' }).click();
    // An hour ahead of the platform's clock: refused at the time field, in Chinese; the right time goes through.
    await form.getByTestId('incident-occurred-at').fill('2026-10-12T11:30');
    await form.getByTestId('incident-children').fill('6');
    await form.getByTestId('incident-actions').fill('已送医，封存留样食品，通知家长。');
    await form.getByTestId('incident-submit').click();
    await form.getByText('不能晚于现在').waitFor();
    await form.getByTestId('incident-occurred-at').fill('2026-10-12T09:30');
    await form.getByText('不能晚于现在').waitFor({ state: 'detached' });
    await screenshot(form, 'incidents-1-report');
    expect(await form.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await form.getByTestId('incident-submit').click();
    await form.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    await see(form, 'incident-status', 'reported');
    await expect(form.getByTestId('incident-status').textContent()).resolves.toBe('跟进中');
    await screenshot(form, 'incidents-2-reported');
    const incidentPath = new URL(form.url()).pathname;

    const notice = await waitFor('the department’s incident email', () =>
      sink.to(DEPARTMENT_EMAIL).find((m) => /安全事故报告/.test(m.subject ?? '')),
    );
    const linkPath = /https?:\/\/[^/\s]+(\/incidents\/[0-9a-f-]{36})/.exec(notice.text ?? '')![1];
    expect(linkPath).toBe(incidentPath);
    const office = await phone(browser);
    const desk = await office.newPage();
    desk.setDefaultTimeout(20_000);
    desk.on('pageerror', (error) => console.log('page error', error.message));
    await desk.goto(`${system.admin.url}/supervision`);
    await signIn(desk, sink, DEPARTMENT_EMAIL, ['行政区划代码', REGION]);
    await see(desk, 'open-incident', 'overview');
    await expect(desk.getByTestId('open-incident').first().textContent()).resolves.toContain(body.name as string);
    await screenshot(desk, 'incidents-3-overview');

    await desk.goto(`${system.admin.url}${linkPath}`);
    await see(desk, 'conclusion-text', 'incident');
    await expect(desk.getByTestId('incident-institution').textContent()).resolves.toBe(body.name);
    // The department inspects because of the incident (every item passed): the inspection is linked to it.
    await desk.getByTestId('open-linked-inspection').click();
    await desk.locator('#inspection_classes_0_name').fill('小一班');
    await desk.locator('#inspection_classes_0_children').fill('10');
    await desk.locator('#inspection_classes_0_carers').fill('2');
    await desk.getByTestId('record-inspection').click();
    await desk
      .getByTestId('open-linked-inspection')
      .or(desk.getByTestId('record-inspection'))
      .waitFor({ state: 'detached' });
    const conclusion = '调查结论：留样食品检出致病菌，已责令整改并约谈负责人。';
    await desk.getByTestId('conclusion-text').fill(conclusion);
    await desk.getByTestId('conclude-submit').click();
    await waitFor('the concluded status', async () =>
      (await desk.getByTestId('incident-status').textContent())?.includes('已办结'),
    );
    await expect(desk.getByTestId('incident-conclusion').textContent()).resolves.toBe(conclusion);
    await screenshot(desk, 'incidents-4-concluded');

    // Learned elsewhere (a parent called): recorded against the institution, whose own report stays due.
    await desk.goto(`${system.admin.url}/supervision`);
    // A code with no filed institution in the county is refused at its field before anything is recorded.
    await desk.getByLabel('机构统一社会信用代码').fill(makeUscc({ region: REGION }));
    await desk.getByLabel('获悉的情况').fill('家长反映婴幼儿在园摔伤，医院接诊。');
    await desk.getByTestId('incident-occurred-at').fill('2026-10-12T08:15');
    await desk.getByRole('button', { name: /^记\s*录$/ }).click();
    await desk.getByText('本辖区没有此统一社会信用代码的已备案机构').waitFor();
    await desk.getByLabel('机构统一社会信用代码').fill(uscc);
    await desk.getByLabel('事件类型').click();
    await desk.locator('.ant-select-item-option', { hasText: '婴幼儿受伤' }).click();
    await desk.getByTestId('incident-occurred-at').fill('2026-10-12T08:15');
    await desk.getByLabel('获悉的情况').fill('家长反映婴幼儿在园摔伤，医院接诊。');
    await screenshot(desk, 'incidents-5-department-record');
    await desk.getByRole('button', { name: /^记\s*录$/ }).click();
    await desk.waitForURL((url) => /\/incidents\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== linkPath);
    await see(desk, 'incident-source', 'recorded');
    await expect(desk.getByTestId('incident-source').textContent()).resolves.toBe('部门获悉');
    await expect(desk.getByTestId('incident-institution').textContent()).resolves.toBe(body.name);
    await institution.close();
    await office.close();
  }, 90_000);
});
