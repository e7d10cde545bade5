// The portal's API types, generated from the services' own OpenAPI at build time (npm run build:portal), so pages
// and API cannot drift: each service's document is built from its controllers and DTOs without starting it (Nest
// preview mode: no database, no Redis), then openapi-typescript turns it into apps/portal/src/api-types/<service>.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { EvaluationAppModule } from '../apps/evaluation/src/evaluation-app.module';
import { FilingAppModule } from '../apps/filing/src/filing-app.module';
import { NotificationAppModule } from '../apps/notification/src/notification-app.module';
import { RegistrationAppModule } from '../apps/registration/src/registration-app.module';

const SERVICES: Record<string, Type> = {
  registration: RegistrationAppModule,
  filing: FilingAppModule,
  evaluation: EvaluationAppModule,
  notification: NotificationAppModule,
};
const OUT = join(__dirname, '..', 'apps', 'portal', 'src', 'api-types');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'tuoyu-openapi-'));
  for (const [service, module] of Object.entries(SERVICES)) {
    const app = await NestFactory.create(module, { preview: true, logger: false });
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle(service).setVersion('1').build());
    const json = join(work, `${service}.json`);
    writeFileSync(json, JSON.stringify(document));
    execFileSync(
      process.execPath,
      [
        join(__dirname, '..', 'node_modules', 'openapi-typescript', 'bin', 'cli.js'),
        json,
        '-o',
        join(OUT, `${service}.ts`),
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
