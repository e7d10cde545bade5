import { Module } from '@nestjs/common';
import { DepartmentDirectory } from './department-directory.service';
import { FilingCaseService } from './filing-case.service';
import { FilingQueryService } from './filing-query.service';
import { HandoffService } from './handoff/handoff.service';
import { ImportedCaseService } from './import/imported-case.service';
import { DepartmentInbox } from './handoff/department-inbox.service';
import { HandoffWebhookService } from './handoff/handoff-webhook.service';
import { EvaluationFeedService } from './bans/evaluation-feed.service';
import { DepartmentDigestService } from './digest/department-digest.service';
import { DigestLoop } from './digest/digest-loop';
import { FilingStatistics } from './disclosure/filing-statistics.service';
import { PublicDisclosure } from './disclosure/public-disclosure.service';
import { FilingReviewService } from './review/filing-review.service';
import { FilingSubmissionService } from './submission/filing-submission.service';
import { ChangeFilingService } from './submission/change-filing.service';
import { DocumentReader } from './documents/document-reader.service';
import { DOCUMENT_STORE_PROVIDER } from '@tuoyu/documents';
import { FilingDocumentService } from './documents/filing-document.service';
import { DocumentRetention } from './documents/document-retention';
import { DepartmentApiKeysModule } from './api-keys/department-api-keys.module';

@Module({
  imports: [DepartmentApiKeysModule],
  providers: [
    HandoffService,
    ImportedCaseService,
    HandoffWebhookService,
    DepartmentInbox,
    FilingCaseService,
    FilingQueryService,
    DepartmentDirectory,
    FilingSubmissionService,
    ChangeFilingService,
    FilingReviewService,
    EvaluationFeedService,
    DepartmentDigestService,
    DigestLoop,
    FilingStatistics,
    PublicDisclosure,
    DOCUMENT_STORE_PROVIDER,
    FilingDocumentService,
    DocumentReader,
    DocumentRetention,
  ],
  exports: [
    DocumentRetention,
    DOCUMENT_STORE_PROVIDER,
    FilingDocumentService,
    DocumentReader,
    ImportedCaseService,
    DigestLoop,
    FilingStatistics,
    PublicDisclosure,
    HandoffWebhookService,
    DepartmentInbox,
    FilingCaseService,
    FilingQueryService,
    DepartmentDirectory,
    FilingSubmissionService,
    ChangeFilingService,
    FilingReviewService,
    EvaluationFeedService,
  ],
})
export class FilingDomainModule {}
