import { Module } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import { PlatformModule } from '@tuoyu/platform';
import { REGISTRATION_ENTITIES, REGISTRATION_MIGRATIONS, RegistrationDomainModule } from '@tuoyu/registration-domain';
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
    RegistrationDomainModule,
  ],
  controllers: [RegistrationImportController, RegistrationsController],
  providers: [RegistrationProcessor],
})
export class RegistrationAppModule {}
