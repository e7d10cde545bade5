import { DEADLINE_ENTITIES } from '@tuoyu/deadlines';
import { Ban } from './bans/ban.entity';
import { Complaint } from './complaints/complaint.entity';
import { ComplaintAttachment } from './complaints/complaint-attachment.entity';
import { Incident } from './incidents/incident.entity';
import { EvaluationSubject } from './evaluation-subject.entity';
import { Inspection } from './inspection/inspection.entity';
import { RectificationOrder } from './inspection/rectification-order.entity';
import { QualityEvaluation } from './quality/quality-evaluation.entity';

export * from './bans/ban.entity';
export * from './bans/ban.service';
export * from './complaints/complaint-attachment.service';
export * from './complaints/complaint-categories';
export * from './complaints/complaint-command';
export * from './complaints/complaint-deadline.handler';
export * from './complaints/complaint-handling.service';
export * from './complaints/complaint-intake.service';
export * from './complaints/complaint-query.service';
export * from './complaints/complaint-reference';
export * from './complaints/complaint-view';
export * from './complaints/complaint.entity';
export * from './incidents/incident-command';
export * from './incidents/incident-deadline.handler';
export * from './incidents/incident-follow-up.service';
export * from './incidents/incident-kinds';
export * from './incidents/incident-query.service';
export * from './incidents/incident-report-watch';
export * from './incidents/incident-report.service';
export * from './incidents/incident-view';
export * from './incidents/incident.entity';
export * from './deadlines/evaluation-deadline-subjects';
export * from './deadlines/evaluation-subject-deadline.handler';
export * from './deadlines/next-inspection-deadline.handler';
export * from './deadlines/rectification-deadline.handler';
export * from './evaluation-domain.module';
export * from './evaluation-query.service';
export * from './evaluation-rules';
export * from './evaluation-subject.entity';
export * from './evaluation-subject.service';
export * from './evaluation-tables.migration';
export * from './inspection/assess-inspection';
export * from './inspection/care-standards';
export * from './inspection/checklist';
export * from './inspection/inspection-command';
export * from './inspection/inspection.entity';
export * from './inspection/inspection.service';
export * from './inspection/rectification-order.entity';
export * from './quality/quality-evaluation.entity';
export * from './quality/quality-evaluation.service';
export * from './quality/quality-model';
export * from './quality/rate-quality';

export const EVALUATION_ENTITIES = [
  EvaluationSubject,
  Inspection,
  RectificationOrder,
  QualityEvaluation,
  Ban,
  Complaint,
  ComplaintAttachment,
  Incident,
  ...DEADLINE_ENTITIES,
];
