import { SmtpSink, setTestClock } from '@tuoyu/testing';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';
import { ensurePortalBuilt, launchChromium } from './portal-browser';

/** What a browser test stands on: the five services mailing the test's sink, and Debian's chromium. */
export interface PortalWorld {
  system: TestSystem;
  browser: Browser;
}

export interface PortalWorldOptions {
  /** The platform time the story starts at (Asia/Shanghai offset in the instant). */
  clock: string;
  env?: Record<string, string>;
  /** The county's health department, so handoffs have somewhere to go and its people can sign in. */
  department?: { region: string; name: string; email: string; phone?: string };
  /** A registration authority of the directory, so its people can sign in. */
  authority?: { region: string; kind: string; name: string; email: string };
}

/** Starts the sink, the services and the browser, sets the clock and fills the directories the story needs. */
export async function startPortalWorld(sink: SmtpSink, options: PortalWorldOptions): Promise<PortalWorld> {
  ensurePortalBuilt();
  await sink.start();
  const system = await startTestSystem({ SMTP_URL: sink.url, ...options.env });
  const browser = await launchChromium();
  await setTestClock(system.all, options.clock);
  const { department, authority } = options;
  if (department)
    await request(system.filing.url)
      .put(`/departments/${department.region}`)
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .send({ name: department.name, email: department.email, phone: department.phone })
      .expect(200);
  if (authority)
    await request(system.registration.url)
      .put(`/authorities/${authority.region}/${authority.kind}`)
      .set('Authorization', `Bearer ${system.registration.token({ role: 'admin' })}`)
      .send({ name: authority.name, email: authority.email })
      .expect(200);
  return { system, browser };
}

/** Stops what startPortalWorld started, whatever of it came up. */
export async function stopPortalWorld(sink: SmtpSink, world: Partial<PortalWorld>): Promise<void> {
  await world.browser?.close();
  await world.system?.close();
  await sink.stop();
}
