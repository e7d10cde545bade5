import { DEADLINE_ENTITIES } from '@tuoyu/deadlines';
import { DepartmentApiKey } from './api-keys/department-api-key.entity';
import { Department } from './department.entity';
import { FilingCase } from './filing-case.entity';
import { FilingChange } from './filing-change.entity';
import { BanRecord } from './bans/ban-record.entity';
import { DigestLog } from './digest/digest-log.entity';
import { DocumentDownload } from './documents/document-download.entity';
import { FilingDocument } from './documents/filing-document.entity';
import { Handoff } from './handoff/handoff.entity';
import { ImportedCase } from './import/imported-case.entity';
import { CorrectionRequest } from './review/correction-request.entity';
import { ReceiptCounter } from './review/receipt-counter.entity';
import { FilingSubmission } from './submission/filing-submission.entity';
import { RosterEntry } from './submission/roster-entry.entity';
import { SupervisionCase } from './supervision/supervision-case.entity';

export * from './api-keys/department-api-key.entity';
export * from './api-keys/department-api-keys.service';
export * from './change-filing-deadline.handler';
export * from './department-directory.service';
export * from './department.entity';
export * from './filing-case.entity';
export * from './filing-case.service';
export * from './filing-case.view';
export * from './filing-change.entity';
export * from './filing-deadline.handler';
export * from './filing-domain.module';
export * from './filing-query.service';
export * from './filing-tables.migration';
export * from './handoff/handoff.entity';
export * from './handoff/department-inbox.service';
export * from './handoff/handoff-webhook.service';
export * from './import/imported-case.entity';
export * from './import/imported-case.service';
export * from './bans/ban-record.entity';
export * from './bans/evaluation-feed.service';
export * from './case/filing-transitions';
export * from './digest/department-digest.service';
export * from './digest/digest-log.entity';
export * from './digest/digest-loop';
export * from './documents/document-download.entity';
export * from './documents/document-reader.service';
export * from './documents/document-retention';
export * from './documents/filing-document.entity';
export * from './documents/filing-document.service';
export * from './documents/filing-document.view';
export * from './disclosure/filing-statistics.service';
export * from './disclosure/public-disclosure.service';
export * from './review/correction-deadline.handler';
export * from './review/correction-request.entity';
export * from './review/filing-review.service';
export * from './submission/change-filing.service';
export * from './submission/filing-materials';
export * from './submission/filing-submission.entity';
export * from './submission/filing-submission.service';
export * from './submission/roster-entry.entity';
export * from './submission/submission-deadline.handler';

export const FILING_ENTITIES = [
  FilingCase,
  FilingChange,
  Department,
  Handoff,
  FilingSubmission,
  RosterEntry,
  CorrectionRequest,
  ReceiptCounter,
  BanRecord,
  DigestLog,
  FilingDocument,
  DocumentDownload,
  ImportedCase,
  SupervisionCase,
  DepartmentApiKey,
  ...DEADLINE_ENTITIES,
];
