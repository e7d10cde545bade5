import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, ServiceName } from '@tuoyu/config';
import type { Express } from 'express';
import { Logger } from 'nestjs-pino';
import { ApiExceptionFilter } from './api-exception.filter';
import { jsonBody } from './json-body';
import { ApiErrorView } from './openapi/api-error.view';
import { completeOpenApi } from './openapi/complete-openapi';
import { requestId, requestScope } from './request-id';
import { requestLimits } from './request-limits';
import { securityHeaders } from './security-headers';
import { StrictValidationPipe } from './strict-validation.pipe';

const TITLES: Record<ServiceName, string> = {
  admin: 'Tuoyu admin console',
  registration: 'Tuoyu registration service (登记)',
  filing: 'Tuoyu filing service (备案)',
  evaluation: 'Tuoyu evaluation service (评估)',
  notification: 'Tuoyu notification service (通知)',
};

/**
 * The one HTTP set-up every app shares (main.ts and tests alike). The app must be created with
 * `{ bodyParser: false, bufferLogs: true }`.
 */
export function configureHttpApp(app: INestApplication, service: ServiceName): INestApplication {
  app.useLogger(app.get(Logger));
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  // The portal (and a reverse proxy on this host) pass calls on from loopback and name the client in
  // X-Forwarded-For: believed from loopback only, so rate limits count per client rather than per portal, and a
  // remote caller cannot choose its own address.
  express.set('trust proxy', 'loopback');
  // CORS stays closed (never enabled): browsers reach the services only through the portal's own origin.
  app.use(requestId);
  app.use(securityHeaders(app.get(AppConfig).isProduction));
  app.use(...jsonBody, requestLimits, requestScope);
  app.useGlobalPipes(new StrictValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  const document = completeOpenApi(
    app,
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(TITLES[service])
        .setDescription(
          'See docs/api.md for the stable contract. Errors: {statusCode, error, message, errors[]}. ' +
            '`x-roles` on an operation lists the roles its bearer token may carry; `security: []` needs none.',
        )
        .setVersion('1')
        .addBearerAuth()
        .addSecurityRequirements('bearer')
        .build(),
      { extraModels: [ApiErrorView] },
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
