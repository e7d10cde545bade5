import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { MessageType, MessageTypeOf, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, HolidayCalendarService } from '@tuoyu/deadlines';
import {
  EvaluationFeedService,
  FilingCaseService,
  HandoffWebhookService,
  ImportedCaseService,
} from '@tuoyu/filing-domain';
import { BullMqContext, Inbox, Inbound, QueueConsumer } from '@tuoyu/messaging';

type In<T extends MessageTypeOf<QueueName.Filing>> = Inbound<QueueName.Filing, T>;

/** The filing queue: one domain call per message type, each effect once (inbox) unless idempotent by itself. */
@QueueConsumer(QueueName.Filing)
export class FilingConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly cases: FilingCaseService,
    private readonly scheduler: DeadlineScheduler,
    private readonly calendar: HolidayCalendarService,
    private readonly evaluations: EvaluationFeedService,
    private readonly webhooks: HandoffWebhookService,
    private readonly imported: ImportedCaseService,
  ) {}

  @EventPattern(MessageType.RegistrationApproved)
  async registrationApproved(@Payload() message: In<MessageType.RegistrationApproved>): Promise<void> {
    // The case, its deadline, handoff and messages, with the inbox row: one INSERT statement, no transaction.
    await this.inbox.handleOnceInOneStatement(message, async (em) => {
      await this.cases.openFromHandoff(em, message.payload);
    });
  }

  @EventPattern(MessageType.RegistrationsImported)
  async registrationsImported(@Payload() message: In<MessageType.RegistrationsImported>): Promise<void> {
    // A batch of an import's cases with their deadlines, handoffs and messages: one INSERT statement too.
    await this.inbox.handleOnceInOneStatement(message, async (em) => {
      await this.imported.openBatch(em, message.payload);
    });
  }

  @EventPattern(MessageType.RegistrationChanged)
  async registrationChanged(@Payload() message: In<MessageType.RegistrationChanged>): Promise<void> {
    await this.inbox.handleOnce(message, async (em) => {
      await this.cases.applyChange(em, message.payload);
    });
  }

  @EventPattern(MessageType.RegistrationCancelled)
  async registrationCancelled(@Payload() message: In<MessageType.RegistrationCancelled>): Promise<void> {
    await this.inbox.handleOnce(message, (em) => this.cases.closeFromCancellation(em, message.payload));
  }

  @EventPattern(MessageType.DeadlineRungDue)
  async deadlineRungDue(@Payload() message: In<MessageType.DeadlineRungDue>): Promise<void> {
    await this.scheduler.fireJob(message.payload.rungId);
  }

  @EventPattern(MessageType.EvaluationPublished)
  async evaluationPublished(@Payload() message: In<MessageType.EvaluationPublished>): Promise<void> {
    await this.inbox.handleOnce(message, (em) => this.evaluations.recordEvaluation(em, message.payload));
  }

  @EventPattern(MessageType.BanRecorded)
  async banRecorded(@Payload() message: In<MessageType.BanRecorded>): Promise<void> {
    await this.inbox.handleOnce(message, (em) => this.evaluations.recordBan(em, message.payload));
  }

  @EventPattern(MessageType.SupervisionCaseChanged)
  async supervisionCaseChanged(@Payload() message: In<MessageType.SupervisionCaseChanged>): Promise<void> {
    await this.inbox.handleOnce(message, (em) => this.evaluations.recordSupervisionCase(em, message.payload));
  }

  /** Idempotent by the handoff's webhook status; the receiver also sees one webhook-id per handoff. */
  @EventPattern(MessageType.HandoffWebhookDue)
  handoffWebhookDue(
    @Payload() message: In<MessageType.HandoffWebhookDue>,
    @Ctx() ctx: BullMqContext,
  ): Promise<unknown> {
    return this.webhooks.deliver(message.payload.handoffId, ctx.attempt);
  }

  @EventPattern(MessageType.HolidayNoticeLoaded)
  holidayNoticeLoaded(@Payload() message: In<MessageType.HolidayNoticeLoaded>): Promise<unknown> {
    return this.calendar.loadAnnounced(message.payload);
  }

  /** Throws until every case of the import is open, so the queue retries with backoff. */
  @EventPattern(MessageType.RegistrationImportFinished)
  async registrationImportFinished(@Payload() message: In<MessageType.RegistrationImportFinished>): Promise<void> {
    await this.inbox.handleOnce(message, (em) => this.imported.summarize(em, message.payload));
  }
}
