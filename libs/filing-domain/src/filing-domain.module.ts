import { Module } from '@nestjs/common';
import { DepartmentDirectory } from './department-directory.service';
import { FilingCaseService } from './filing-case.service';
import { FilingQueryService } from './filing-query.service';
import { HandoffService } from './handoff/handoff.service';
import { EvaluationFeedService } from './bans/evaluation-feed.service';
import { FilingReviewService } from './review/filing-review.service';
import { FilingSubmissionService } from './submission/filing-submission.service';

@Module({
  providers: [
    HandoffService,
    FilingCaseService,
    FilingQueryService,
    DepartmentDirectory,
    FilingSubmissionService,
    FilingReviewService,
    EvaluationFeedService,
  ],
  exports: [
    FilingCaseService,
    FilingQueryService,
    DepartmentDirectory,
    FilingSubmissionService,
    FilingReviewService,
    EvaluationFeedService,
  ],
})
export class FilingDomainModule {}
