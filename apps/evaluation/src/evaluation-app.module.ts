import { Module } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import {
  ComplaintDeadlineHandler,
  EVALUATION_ENTITIES,
  EVALUATION_MIGRATIONS,
  EvaluationDomainModule,
  EvaluationSubjectDeadlineHandler,
  IncidentDeadlineHandler,
  NextInspectionDeadlineHandler,
  RectificationDeadlineHandler,
} from '@tuoyu/evaluation-domain';
import { DeadlineScheduleModule } from '@tuoyu/deadlines';
import { PlatformModule } from '@tuoyu/platform';
import { BansController } from './http/bans.controller';
import {
  ComplaintAttachmentsController,
  PublicComplaintAttachmentsController,
} from './http/complaint-attachments.controller';
import { ComplaintsController } from './http/complaints.controller';
import { IncidentsController } from './http/incidents.controller';
import { PublicComplaintsController } from './http/public-complaints.controller';
import { EvaluationSubjectsController } from './http/evaluation-subjects.controller';
import { InspectionsController } from './http/inspections.controller';
import { PublicEvaluationsController } from './http/public-evaluations.controller';
import { QualityEvaluationsController } from './http/quality-evaluations.controller';
import { EvaluationConsumer } from './queue/evaluation.consumer';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'evaluation',
      database: { entities: EVALUATION_ENTITIES, migrations: EVALUATION_MIGRATIONS },
      consumes: QueueName.Evaluation,
      producesTo: [QueueName.Filing, QueueName.Notification],
    }),
    DeadlineScheduleModule.forService({
      queue: QueueName.Evaluation,
      handlers: [
        EvaluationSubjectDeadlineHandler,
        NextInspectionDeadlineHandler,
        RectificationDeadlineHandler,
        ComplaintDeadlineHandler,
        IncidentDeadlineHandler,
      ],
    }),
    EvaluationDomainModule,
  ],
  controllers: [
    EvaluationConsumer,
    EvaluationSubjectsController,
    InspectionsController,
    QualityEvaluationsController,
    PublicEvaluationsController,
    BansController,
    PublicComplaintsController,
    PublicComplaintAttachmentsController,
    ComplaintsController,
    ComplaintAttachmentsController,
    IncidentsController,
  ],
})
export class EvaluationAppModule {}
