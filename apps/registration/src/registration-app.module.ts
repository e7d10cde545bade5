import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { text } from 'express';
import { QueueName } from '@tuoyu/contracts';
import { PlatformModule } from '@tuoyu/platform';
import { DeadlineScheduleModule } from '@tuoyu/deadlines';
import {
  REGISTRATION_ENTITIES,
  REGISTRATION_MIGRATIONS,
  RegistrationDomainModule,
  SharingDutyDeadlineHandler,
} from '@tuoyu/registration-domain';
import { AuthoritiesController } from './http/authorities.controller';
import { RegistrationImportController } from './http/registration-import.controller';
import { RegistrationsController } from './http/registrations.controller';
import { RegistrationConsumer } from './queue/registration.consumer';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'registration',
      database: { entities: REGISTRATION_ENTITIES, migrations: REGISTRATION_MIGRATIONS },
      consumes: QueueName.Registration,
      producesTo: [QueueName.Filing, QueueName.Notification],
    }),
    DeadlineScheduleModule.forService({ queue: QueueName.Registration, handlers: [SharingDutyDeadlineHandler] }),
    RegistrationDomainModule,
  ],
  controllers: [RegistrationConsumer, AuthoritiesController, RegistrationImportController, RegistrationsController],
})
export class RegistrationAppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // An import job takes the file itself: a county's registrations are more than the 2 MB JSON limit.
    consumer
      .apply(text({ type: ['text/csv', 'application/x-ndjson', 'text/plain'], limit: '64mb' }))
      .forRoutes({ path: 'registrations/imports', method: RequestMethod.POST });
  }
}
