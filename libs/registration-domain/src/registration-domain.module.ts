import { Module } from '@nestjs/common';
import { AuthorityDirectory } from './authority/authority-directory.service';
import { ProvincialPushService } from './provincial/provincial-push.service';
import { RegistrationImportService } from './import/registration-import.service';
import { RegistrationImportJobs } from './import/registration-import-jobs.service';
import { RegistrationLifecycleService } from './registration-lifecycle.service';
import { RegistrationListService } from './registration-list.service';
import { RegistrationService } from './registration.service';
import { SharingDutyService } from './sharing-duty.service';

@Module({
  providers: [
    ProvincialPushService,
    AuthorityDirectory,
    RegistrationService,
    RegistrationListService,
    RegistrationLifecycleService,
    RegistrationImportService,
    RegistrationImportJobs,
    SharingDutyService,
  ],
  exports: [
    ProvincialPushService,
    AuthorityDirectory,
    RegistrationService,
    RegistrationListService,
    RegistrationLifecycleService,
    RegistrationImportService,
    RegistrationImportJobs,
    SharingDutyService,
  ],
})
export class RegistrationDomainModule {}
