import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, ServiceName } from '@tuoyu/config';
import type { Express } from 'express';
import { Logger } from 'nestjs-pino';
import { ApiExceptionFilter } from './api-exception.filter';
import { jsonBody } from './json-body';
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
  (app.getHttpAdapter().getInstance() as Express).disable('x-powered-by');
  // CORS stays closed (never enabled): browsers reach the services only through the portal's own origin.
  app.use(requestId);
  app.use(securityHeaders(app.get(AppConfig).isProduction));
  app.use(...jsonBody, requestLimits, requestScope);
  app.useGlobalPipes(new StrictValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(TITLES[service])
      .setDescription('See shared/docs/api.md for the stable contract. Errors: {statusCode, error, message, errors[]}.')
      .setVersion('1')
      .addBearerAuth()
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
