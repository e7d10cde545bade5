import { INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { configureHttpApp } from '@tuoyu/http';
import { startQueueConsumer } from '@tuoyu/messaging';

/** Creates, configures and starts one service: its inbound queue's consumer (a hybrid app), then its port. */
export async function bootstrapService(module: Type<unknown>, service: ServiceName): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bodyParser: false, bufferLogs: true });
  configureHttpApp(app, service);
  const config = app.get(AppConfig);
  const port = config.port(service);
  await startQueueConsumer(app);
  await app.listen(port, config.host);
  const logger = new Logger(service);
  logger.log(`listening on ${config.host}:${port} (OpenAPI at /docs, /health, /metrics)`);
  // Production refuses to start without ADMIN_EMAIL; elsewhere it is said loudly, once per start.
  const warning = config.missingAdminEmailWarning;
  if (warning) logger.warn(`!!! ${warning} !!!`);
  return app;
}

/** main.ts of every app: start, or say why not and exit non-zero (e.g. every bad environment variable). */
export function runService(module: Type<unknown>, service: ServiceName): void {
  bootstrapService(module, service).catch((error: unknown) => {
    process.stderr.write(`${service} failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
