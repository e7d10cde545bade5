import { Processor } from '@nestjs/bullmq';
import { DeadlineScheduler, HolidayCalendarService } from '@tuoyu/deadlines';
import { InboundMessage, MessageType, QueueName } from '@tuoyu/contracts';
import {
  EvaluationFeedService,
  FilingCaseService,
  HandoffWebhookService,
  ImportedCaseService,
} from '@tuoyu/filing-domain';
import { assertNever } from '@tuoyu/kernel';
import { Inbox, JobAttempt, MessageProcessor } from '@tuoyu/messaging';

@Processor(QueueName.Filing)
export class FilingProcessor extends MessageProcessor<QueueName.Filing> {
  protected readonly queue = QueueName.Filing;

  constructor(
    private readonly inbox: Inbox,
    private readonly cases: FilingCaseService,
    private readonly scheduler: DeadlineScheduler,
    private readonly calendar: HolidayCalendarService,
    private readonly evaluations: EvaluationFeedService,
    private readonly webhooks: HandoffWebhookService,
    private readonly imported: ImportedCaseService,
  ) {
    super();
  }

  protected async handle(message: InboundMessage<QueueName.Filing>, attempt: JobAttempt): Promise<unknown> {
    switch (message.type) {
      case MessageType.RegistrationApproved:
        await this.inbox.handleOnce(message, async (em) => {
          await this.cases.openFromHandoff(em, message.payload);
        });
        return;
      case MessageType.RegistrationChanged:
        await this.inbox.handleOnce(message, async (em) => {
          await this.cases.applyChange(em, message.payload);
        });
        return;
      case MessageType.RegistrationCancelled:
        await this.inbox.handleOnce(message, (em) => this.cases.closeFromCancellation(em, message.payload));
        return;
      case MessageType.DeadlineRungDue:
        await this.scheduler.fireJob(message.payload.rungId);
        return;
      case MessageType.EvaluationPublished:
        await this.inbox.handleOnce(message, (em) => this.evaluations.recordEvaluation(em, message.payload));
        return;
      case MessageType.BanRecorded:
        await this.inbox.handleOnce(message, (em) => this.evaluations.recordBan(em, message.payload));
        return;
      case MessageType.SupervisionCaseChanged:
        await this.inbox.handleOnce(message, (em) => this.evaluations.recordSupervisionCase(em, message.payload));
        return;
      case MessageType.HandoffWebhookDue:
        // Idempotent by the handoff's webhook status; the receiver also sees one webhook-id per handoff.
        return this.webhooks.deliver(message.payload.handoffId, attempt);
      case MessageType.HolidayNoticeLoaded:
        return this.calendar.loadAnnounced(message.payload);
      case MessageType.RegistrationImportFinished:
        // Throws until every case of the import is open, so the queue retries with backoff.
        await this.inbox.handleOnce(message, (em) => this.imported.summarize(em, message.payload));
        return;
      default:
        assertNever(message, 'message');
    }
  }
}
