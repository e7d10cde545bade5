import { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { configureHttpApp } from '@tuoyu/http';
import { Principal, TokenService } from '@tuoyu/identity';
import { startQueueConsumer } from '@tuoyu/messaging';

export interface TestApp {
  service: ServiceName;
  app: INestApplication;
  url: string;
  token(principal: Principal): string;
  close(): Promise<void>;
}

/** Boots one service as main.ts would, on a free port, with some environment variables replaced. */
export async function startTestApp(
  module: Type<unknown>,
  service: ServiceName,
  env: Record<string, string | undefined> = {},
): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [module] })
    .overrideProvider(AppConfig)
    .useValue(AppConfig.fromProcessEnv(env))
    .compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
  configureHttpApp(app, service);
  // A hybrid app as in main.ts: every test's messages go through the BullMQ transport.
  await startQueueConsumer(app);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const tokens = app.get(TokenService);
  // Closing twice (a test closes early, afterAll again) must not run the shutdown hooks twice.
  let closing: Promise<void> | undefined;
  return {
    service,
    app,
    url: url.replace('[::1]', '127.0.0.1'),
    // Long-lived: tests move the clock by weeks and must not see their own tokens expire.
    token: (p) => tokens.sign(p, 10 * 365 * 24 * 3600),
    close: () => (closing ??= app.close()),
  };
}
