import { Module } from '@nestjs/common';
import { RegistrationImportService } from './import/registration-import.service';
import { RegistrationLifecycleService } from './registration-lifecycle.service';
import { RegistrationService } from './registration.service';
import { SharingDutyService } from './sharing-duty.service';

@Module({
  providers: [RegistrationService, RegistrationLifecycleService, RegistrationImportService, SharingDutyService],
  exports: [RegistrationService, RegistrationLifecycleService, RegistrationImportService, SharingDutyService],
})
export class RegistrationDomainModule {}
