import { Module } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import { DeadlineScheduleModule } from '@tuoyu/deadlines';
import {
  FILING_ENTITIES,
  FILING_MIGRATIONS,
  FilingDeadlineHandler,
  FilingDomainModule,
  ChangeFilingDeadlineHandler,
  CorrectionDeadlineHandler,
  SubmissionDeadlineHandler,
} from '@tuoyu/filing-domain';
import { PlatformModule } from '@tuoyu/platform';
import { CalendarController } from './http/calendar.controller';
import { DeadlinesController } from './http/deadlines.controller';
import { DepartmentApiKeysController } from './http/department-api-keys.controller';
import { DepartmentsController } from './http/departments.controller';
import { FilingDocumentsController } from './http/filing-documents.controller';
import { FilingReviewController } from './http/filing-review.controller';
import { FilingsController } from './http/filings.controller';
import { InboxController } from './http/inbox.controller';
import { PublicDisclosureController } from './http/public-disclosure.controller';
import { StatisticsController } from './http/statistics.controller';
import { WebhookDeadLettersController } from './http/webhook-dead-letters.controller';
import { FilingConsumer } from './queue/filing.consumer';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'filing',
      database: { entities: FILING_ENTITIES, migrations: FILING_MIGRATIONS },
      consumes: QueueName.Filing,
      producesTo: [QueueName.Registration, QueueName.Evaluation, QueueName.Notification],
    }),
    DeadlineScheduleModule.forService({
      queue: QueueName.Filing,
      handlers: [
        FilingDeadlineHandler,
        ChangeFilingDeadlineHandler,
        SubmissionDeadlineHandler,
        CorrectionDeadlineHandler,
      ],
    }),
    FilingDomainModule,
  ],
  controllers: [
    FilingConsumer,
    FilingsController,
    FilingReviewController,
    FilingDocumentsController,
    DeadlinesController,
    CalendarController,
    DepartmentsController,
    DepartmentApiKeysController,
    InboxController,
    WebhookDeadLettersController,
    PublicDisclosureController,
    StatisticsController,
  ],
})
export class FilingAppModule {}
