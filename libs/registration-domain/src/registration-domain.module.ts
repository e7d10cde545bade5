import { Module } from '@nestjs/common';
import { RegistrationService } from './registration.service';
import { SharingDutyService } from './sharing-duty.service';

@Module({
  providers: [RegistrationService, SharingDutyService],
  exports: [RegistrationService, SharingDutyService],
})
export class RegistrationDomainModule {}
