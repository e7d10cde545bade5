import { Module } from '@nestjs/common';
import { RegistrationLifecycleService } from './registration-lifecycle.service';
import { RegistrationService } from './registration.service';
import { SharingDutyService } from './sharing-duty.service';

@Module({
  providers: [RegistrationService, RegistrationLifecycleService, SharingDutyService],
  exports: [RegistrationService, RegistrationLifecycleService, SharingDutyService],
})
export class RegistrationDomainModule {}
