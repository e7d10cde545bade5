import { Global, Module } from '@nestjs/common';
import { BanService } from './bans/ban.service';
import { EvaluationLinks } from './evaluation-links';
import { EvaluationNotifier } from './evaluation-notifier';
import { EvaluationQueryService } from './evaluation-query.service';
import { DEFAULT_EVALUATION_RULES, EVALUATION_RULES } from './evaluation-rules';
import { EvaluationSubjectService } from './evaluation-subject.service';
import { InspectionService } from './inspection/inspection.service';
import { QualityEvaluationService } from './quality/quality-evaluation.service';

const SERVICES = [
  EvaluationLinks,
  EvaluationNotifier,
  EvaluationSubjectService,
  EvaluationQueryService,
  InspectionService,
  QualityEvaluationService,
  BanService,
];

// Global: the deadline handlers, provided by the deadline schedule module, need EvaluationLinks.
@Global()
@Module({
  providers: [...SERVICES, { provide: EVALUATION_RULES, useValue: DEFAULT_EVALUATION_RULES }],
  exports: [...SERVICES, EVALUATION_RULES],
})
export class EvaluationDomainModule {}
