import { DEADLINE_ENTITIES } from '@tuoyu/deadlines';
import { AuthorityContact } from './authority/authority-contact.entity';
import { ProvincialPush } from './provincial/provincial-push.entity';
import { RegistrationImport } from './import/registration-import.entity';
import { Registration } from './registration.entity';
import { SharingDuty } from './sharing-duty.entity';

export * from './approve-registration.command';
export * from './authority/authority-contact.entity';
export * from './authority/authority-directory.service';
export * from './import/registration-import.service';
export * from './import/registration-record';
export * from './import/import-history';
export * from './import/registration-import.entity';
export * from './import/registration-import-jobs.service';
export * from './registration-domain.module';
export * from './registration-lifecycle.service';
export * from './registration-list.service';
export * from './registration-rules';
export * from './registration-tables.migration';
export * from './registration.entity';
export * from './registration.service';
export * from './registration.view';
export * from './sharing-duty.entity';
export * from './sharing-duty-deadline.handler';
export * from './sharing-duty.service';
export * from './provincial/provincial-platforms';
export * from './provincial/provincial-push.entity';
export * from './provincial/provincial-push.service';

export const REGISTRATION_ENTITIES = [
  Registration,
  SharingDuty,
  AuthorityContact,
  ProvincialPush,
  RegistrationImport,
  ...DEADLINE_ENTITIES,
];
