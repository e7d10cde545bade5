import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SmtpSink, waitFor } from '@tuoyu/testing';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(__dirname, 'screenshots');

/** The built pages the admin app serves; built here when a test runs before `npm run build`. */
export function ensurePortalBuilt(): void {
  if (existsSync(join(ROOT, 'dist', 'portal', 'index.html'))) return;
  execFileSync('npm', ['run', '-s', 'build:portal'], { cwd: ROOT, stdio: 'inherit' });
}

/** Debian's chromium, never a downloaded browser; flags keep it quiet and light on a shared 2-core machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A phone: 375 px wide, as in WeChat's in-app browser. */
export function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A console screen: the consoles must fit 1366×768. */
export function desktop(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
}

/**
 * Completes the sign-in form already on the page (its fields filled): asks for a code, reads the newest one sent to
 * `email` at the sink, and signs in with it.
 */
export async function signInWithCode(page: Page, sink: SmtpSink, email: string): Promise<void> {
  const before = sink.to(email).length;
  await page.getByRole('button', { name: /获取验证码/ }).click();
  const mail = await waitFor('the sign-in code', () =>
    sink
      .to(email)
      .slice(before)
      .find((m) => /登录验证码/.test(m.subject ?? '')),
  );
  const code = /验证码是 (\d{6})/.exec(mail.text ?? '')![1];
  await page.getByLabel('验证码').fill(code);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
}
