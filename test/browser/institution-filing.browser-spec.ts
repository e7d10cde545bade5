import { SmtpSink, makeResidentId, makeUscc, registrationBody, waitFor } from '@tuoyu/testing';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import type { TestSystem } from '../support/test-system';
import { startPortalWorld, stopPortalWorld } from './portal-world';
import { phone, screenshot } from './portal-browser';

const REGION = '370781';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('institution on a phone: from the filing-due email to a submitted filing', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    ({ system, browser } = await startPortalWorld(sink, {
      clock: '2026-11-02T10:00:00+08:00',
      department: { region: REGION, name: '青州市卫生健康局', email: 'wjw@qingzhou.example.cn', phone: '0536-3221234' },
    }));
  }, 120_000);
  afterAll(async () => {
    await stopPortalWorld(sink, { system, browser });
  });

  it('link → case page with name and due date → sign in with the emailed code → fill and submit with files → submitted', async () => {
    const body = registrationBody({ uscc: makeUscc({ region: REGION }), regionCode: REGION, approvedOn: '2026-11-02' });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: REGION })}`)
      .send(body)
      .expect(201);
    const email = (body.contact as { email: string }).email;
    const [notice] = await waitFor('the filing-due email', () => (sink.to(email).length ? sink.to(email) : undefined));
    // The email's link, opened at the portal this test booted (PUBLIC_BASE_URL names a host the test cannot own).
    const linkPath = /https?:\/\/[^/\s]+(\/l\/[\w-]+)/.exec(notice.text ?? '')![1];

    const context = await phone(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => console.log('page error', error.message));
    await page.goto(`${system.admin.url}${linkPath}`);
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page
      .getByTestId('case-name')
      .waitFor()
      .catch(async (error: unknown) => {
        await screenshot(page, 'institution-failure');
        throw error;
      });
    expect(page.url()).not.toContain(linkPath.slice(3));
    await expect(page.getByTestId('case-name').textContent()).resolves.toBe(body.name);
    await expect(page.getByTestId('due-on').textContent()).resolves.toContain('2026-11-17');
    // How the date was computed, in Chinese on a Chinese page (the API's English lines are for API readers).
    const explanation = (await page.getByTestId('due-explanation').textContent()) ?? '';
    expect(explanation).toContain('《民法典》第二百零一条');
    expect(explanation).not.toMatch(/[A-Za-z]/);
    // Whom to ask, with a number the phone dials.
    const contact = page.getByTestId('department-contact');
    expect(await contact.textContent()).toBe(
      '如有疑问，请联系青州市卫生健康局（电话：0536-3221234，电子邮箱：wjw@qingzhou.example.cn）',
    );
    expect(await contact.getByRole('link', { name: '0536-3221234' }).getAttribute('href')).toBe('tel:05363221234');
    await screenshot(page, 'institution-1-case-from-link');

    await page.getByTestId('sign-in-to-act').click();
    await page.getByRole('button', { name: /获取验证码/ }).click();
    const codeMail = await waitFor('the sign-in code', () =>
      sink.to(email).find((m) => /登录验证码/.test(m.subject ?? '')),
    );
    const code = /验证码是 (\d{6})/.exec(codeMail.text ?? '')![1];
    // A mistyped code is refused at the field, in Chinese; the right one still works after it.
    await page.getByLabel('验证码').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await page.getByText('验证码不正确').waitFor();
    await page.getByLabel('验证码').fill(code);
    await screenshot(page, 'institution-2-sign-in-code');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await page.getByTestId('submit-filing').waitFor();

    await page.getByTestId('form-confirmed').check();
    await page.getByTestId('lease-years').fill('5');
    await page.getByTestId('health-report').fill('青卫评〔2026〕012号');
    await page.getByTestId('fire-number').fill('青消安检字〔2026〕第0031号');
    const idNumber = makeResidentId();
    await page.getByTestId('staff-0-name').fill('王园长');
    await page.getByTestId('staff-0-id').fill(idNumber);
    // First without the commitment and the documents: what is missing is said in Chinese where it belongs.
    await page.getByTestId('submit-filing').click();
    await page.getByText('请确认备案承诺书').waitFor();
    const missing = (await page.getByTestId('documents-problem').textContent()) ?? '';
    expect(missing).toContain('缺少材料：');
    expect(missing).toContain('场地证明');
    expect(missing).not.toMatch(/[A-Za-z]/);
    expect(await page.getByTestId('submission-problem').textContent()).toContain('有内容需要修改');
    await screenshot(page, 'institution-3-problems');
    await page.getByTestId('commitment-confirmed').check();
    const inputs = page.locator('input[type=file]');
    for (let i = 0; i < (await inputs.count()) - 1; i++) {
      await inputs.nth(i).setInputFiles({ name: `材料${i + 1}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    }
    await screenshot(page, 'institution-4-form-filled');
    await page.getByTestId('submit-filing').click();

    await page
      .getByTestId('saved-roster')
      .waitFor()
      .catch(async (error: unknown) => {
        await screenshot(page, 'institution-failure');
        throw error;
      });
    await waitFor('the submitted status', async () =>
      (await page.getByTestId('case-status').textContent())?.includes('已提交'),
    );
    const roster = await page.getByTestId('saved-roster').textContent();
    expect(roster).toContain('王园长');
    expect(roster).not.toContain(idNumber);
    expect(roster).toMatch(/\d{4}\*{10}\d{3}[\dX]/);
    await screenshot(page, 'institution-5-submitted');
    // 已收到备案材料: the portal's submission is confirmed by email, with the link back to the case.
    const confirmations = () => sink.to(email).filter((m) => /已收到您的备案材料/.test(m.subject ?? ''));
    const [confirmation] = await waitFor('the submission confirmation', () =>
      confirmations().length ? confirmations() : undefined,
    );
    expect(confirmation.text).toMatch(/\/l\/[\w-]+/);
    expect(confirmations()).toHaveLength(1);
    await context.close();
  }, 150_000);
});
