import { Module } from '@nestjs/common';
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
import { RegistrationProcessor } from './queue/registration.processor';

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
  controllers: [AuthoritiesController, RegistrationImportController, RegistrationsController],
  providers: [RegistrationProcessor],
})
export class RegistrationAppModule {}
