import { INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ServiceName } from '@tuoyu/config';
import { Logger } from 'nestjs-pino';
import { ApiExceptionFilter } from './api-exception.filter';
import { jsonBody } from './json-body';
import { validationException } from './validation-exception';

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
  app.use(...jsonBody);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
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
