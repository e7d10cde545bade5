import { Global, Module } from '@nestjs/common';
import { BanService } from './bans/ban.service';
import { COMPLAINT_RULES, DEFAULT_COMPLAINT_RULES } from './complaints/complaint-categories';
import { DOCUMENT_STORE_PROVIDER } from '@tuoyu/documents';
import { ComplaintAttachmentService } from './complaints/complaint-attachment.service';
import { ComplaintHandlingService } from './complaints/complaint-handling.service';
import { ComplaintIntakeService } from './complaints/complaint-intake.service';
import { ComplaintQueryService } from './complaints/complaint-query.service';
import { ComplaintRouting } from './complaints/complaint-routing';
import { EvaluationLinks } from './evaluation-links';
import { EvaluationNotifier } from './evaluation-notifier';
import { EvaluationQueryService } from './evaluation-query.service';
import { DEFAULT_EVALUATION_RULES, EVALUATION_RULES } from './evaluation-rules';
import { EvaluationSubjectService } from './evaluation-subject.service';
import { DEFAULT_INCIDENT_RULES, INCIDENT_RULES } from './incidents/incident-kinds';
import { IncidentFollowUpService } from './incidents/incident-follow-up.service';
import { IncidentQueryService } from './incidents/incident-query.service';
import { IncidentReportService } from './incidents/incident-report.service';
import { IncidentReportWatch } from './incidents/incident-report-watch';
import { InspectionService } from './inspection/inspection.service';
import { QualityEvaluationService } from './quality/quality-evaluation.service';
import { SupervisionFeed } from './supervision/supervision-feed';

const SERVICES = [
  EvaluationLinks,
  EvaluationNotifier,
  EvaluationSubjectService,
  EvaluationQueryService,
  InspectionService,
  QualityEvaluationService,
  BanService,
  ComplaintRouting,
  ComplaintIntakeService,
  ComplaintHandlingService,
  ComplaintQueryService,
  IncidentReportService,
  IncidentFollowUpService,
  IncidentQueryService,
  IncidentReportWatch,
  SupervisionFeed,
  ComplaintAttachmentService,
];

const RULES = [
  { provide: EVALUATION_RULES, useValue: DEFAULT_EVALUATION_RULES },
  { provide: COMPLAINT_RULES, useValue: DEFAULT_COMPLAINT_RULES },
  { provide: INCIDENT_RULES, useValue: DEFAULT_INCIDENT_RULES },
];

// Global: the deadline handlers, provided by the deadline schedule module, need EvaluationLinks.
@Global()
@Module({
  providers: [...SERVICES, ...RULES, DOCUMENT_STORE_PROVIDER],
  exports: [...SERVICES, ...RULES.map((rule) => rule.provide)],
})
export class EvaluationDomainModule {}
