import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { configureHttpApp } from '@tuoyu/http';

/** Creates, configures and starts one service (main.ts of every app). */
export async function bootstrapService(module: Type<unknown>, service: ServiceName): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bodyParser: false, bufferLogs: true });
  configureHttpApp(app, service);
  const port = app.get(AppConfig).port(service);
  await app.listen(port, '0.0.0.0');
  return app;
}
