import { SmtpSink, makeUscc, registrationBody, waitFor } from '@tuoyu/testing';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import type { TestSystem } from '../support/test-system';
import { startPortalWorld, stopPortalWorld } from './portal-world';
import { desktop, screenshot, signInWithCode } from './portal-browser';

const REGION = '370784';
const ADMIN_EMAIL = 'ops@tuoyu.example.cn';

async function breachedTotal(page: Page): Promise<number> {
  await page.getByTestId('refresh-overview').click();
  await page.getByTestId('refresh-overview').locator('.ant-btn-loading-icon').waitFor({ state: 'detached' });
  return Number(await page.getByTestId('breached-total').getAttribute('data-count'));
}

describe('administrator console: the deadline overview, a failed delivery resent, a directory entry added', () => {
  const sink = new SmtpSink();
  let system: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    ({ system, browser } = await startPortalWorld(sink, {
      clock: '2026-11-02T10:00:00+08:00',
      env: { ADMIN_EMAIL, ALLOW_CLOCK_OVERRIDE: 'true' },
      department: { region: REGION, name: '安丘市卫生健康局', email: 'wjw@anqiu.example.cn' },
    }));
  }, 120_000);
  afterAll(async () => {
    await stopPortalWorld(sink, { system, browser });
  });

  it('counts a breached deadline after the clock moves, and resends a failed notice', async () => {
    // The mail relay refuses the filing-due notice for good: it is recorded as a failed delivery.
    sink.mode = 'reject-permanently';
    const body = registrationBody({ uscc: makeUscc({ region: REGION }), regionCode: REGION, approvedOn: '2026-11-02' });
    const email = (body.contact as { email: string }).email;
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: REGION })}`)
      .send(body)
      .expect(201);
    const admin = `Bearer ${system.notification.token({ role: 'admin' })}`;
    await waitFor('the failed filing-due delivery', async () => {
      const answer = await request(system.notification.url)
        .get(`/deliveries?status=failed&recipient=${encodeURIComponent(email)}`)
        .set('Authorization', admin);
      return (answer.body as unknown[]).length > 0;
    });
    sink.mode = 'accept';

    const context = await desktop(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${system.admin.url}/console`);
    await signInWithCode(page, sink, ADMIN_EMAIL);
    await page
      .getByTestId('breached-total')
      .waitFor()
      .catch(async (error: unknown) => {
        await screenshot(page, 'admin-failure');
        throw error;
      });
    expect(await breachedTotal(page)).toBe(0);
    await screenshot(page, 'admin-1-console');

    // The filing was due 2026-11-17 24:00: three days later it is breached.
    await page.getByTestId('clock-input').fill('2026-11-20T10:00:00+08:00');
    await page.getByTestId('clock-move').click();
    // Sessions expire by the platform clock too: eighteen days on, the administrator signs in again.
    await page.getByRole('button', { name: /获取验证码/ }).waitFor();
    await signInWithCode(page, sink, ADMIN_EMAIL);
    await waitFor('the breached filing deadline in the overview', async () => (await breachedTotal(page)) >= 1);
    // The platform's time as the administrator reads it: Beijing time, not the UTC instant.
    expect(await page.getByTestId('clock-now').textContent()).toMatch(/^当前：2026-11-20 10:0\d:\d\d（北京时间）$/);
    await screenshot(page, 'admin-2-breached');

    await page.getByTestId(`resend-${email}`).click();
    await waitFor('the resent filing-due notice', () => sink.to(email).length > 0);
    await waitFor('the failed row gone', async () => {
      await page
        .getByRole('button', { name: /刷\s*新/ })
        .nth(1)
        .click();
      return (await page.getByTestId(`resend-${email}`).count()) === 0;
    });
    await screenshot(page, 'admin-3-resent');

    // The directories as full lists: the county's department is there; a registration authority is added.
    await page.getByRole('tab', { name: '部门与登记机关名录' }).click();
    await page.getByTestId(`departments-${REGION}`).waitFor();
    // The department's phone, which its institutions' notices will name: a wrong one is refused at its field.
    await page.getByTestId(`departments-${REGION}`).click();
    await page.locator('#departments_phone').fill('请拨打办公室');
    await page.getByTestId('departments-save').click();
    await page.locator('#departments_phone_help').waitFor();
    expect(await page.locator('#departments_phone_help').textContent()).toBe(
      '电话只能由数字、空格和 + - ( ) 组成，5至32位',
    );
    await screenshot(page, 'admin-4-department-phone');
    await page.locator('#departments_phone').fill('0536-4221234');
    await page.locator('#departments_population').fill('926000');
    await page.getByTestId('departments-save').click();
    await waitFor('the phone in the department row', async () =>
      ((await page.getByTestId(`departments-${REGION}`).textContent()) ?? '').includes('0536-4221234'),
    );
    const entry = await request(system.filing.url)
      .get(`/departments/${REGION}`)
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .expect(200);
    expect(entry.body).toMatchObject({ name: '安丘市卫生健康局', phone: '0536-4221234', population: 926000 });
    await page.getByTestId('authorities-add').click();
    await page.locator('#authorities_regionCode').fill(REGION);
    await page.locator('#authorities_name').fill('安丘市市场监督管理局');
    await page.locator('#authorities_email').fill('not-an-email');
    await page.getByTestId('authorities-save').click();
    await page.locator('#authorities_email_help').waitFor();
    expect(await page.locator('#authorities_email_help').textContent()).toBe('格式不正确');
    await page.locator('#authorities_email').fill('scjg@anqiu.example.cn');
    await page.getByTestId('authorities-save').click();
    await page.getByTestId(`authorities-${REGION}-market_regulation`).waitFor();
    expect(await page.getByTestId(`authorities-${REGION}-market_regulation`).textContent()).toContain(
      '安丘市市场监督管理局',
    );
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await screenshot(page, 'admin-5-directories');
    await context.close();
  }, 120_000);
});
