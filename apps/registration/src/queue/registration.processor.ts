import { Processor } from '@nestjs/bullmq';
import { InboundMessage, MessageType, QueueName } from '@tuoyu/contracts';
import { assertNever } from '@tuoyu/kernel';
import { Inbox, JobAttempt, MessageProcessor } from '@tuoyu/messaging';
import { ProvincialPushService, SharingDutyService } from '@tuoyu/registration-domain';
import { DeadlineScheduler, HolidayCalendarService } from '@tuoyu/deadlines';

@Processor(QueueName.Registration)
export class RegistrationProcessor extends MessageProcessor<QueueName.Registration> {
  protected readonly queue = QueueName.Registration;

  constructor(
    private readonly inbox: Inbox,
    private readonly sharingDuties: SharingDutyService,
    private readonly scheduler: DeadlineScheduler,
    private readonly calendar: HolidayCalendarService,
    private readonly provincial: ProvincialPushService,
  ) {
    super();
  }

  protected async handle(message: InboundMessage<QueueName.Registration>, attempt: JobAttempt): Promise<unknown> {
    switch (message.type) {
      case MessageType.HandoffReceived:
        await this.inbox.handleOnce(message, (em) => this.sharingDuties.recordHandoff(em, message.payload));
        return;
      case MessageType.DeadlineRungDue:
        await this.scheduler.fireJob(message.payload.rungId);
        return;
      case MessageType.ProvincialPushDue:
        // Idempotent by the push's status; the platform also sees one webhook-id per event.
        return this.provincial.deliver(message.payload.pushId, attempt);
      case MessageType.HolidayNoticeLoaded:
        return this.calendar.loadAnnounced(message.payload);
      default:
        assertNever(message, 'message');
    }
  }
}
