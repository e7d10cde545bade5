import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { MessageType, MessageTypeOf, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, HolidayCalendarService } from '@tuoyu/deadlines';
import { BullMqContext, Inbox, Inbound, QueueConsumer } from '@tuoyu/messaging';
import { ProvincialPushService, SharingDutyService } from '@tuoyu/registration-domain';

type In<T extends MessageTypeOf<QueueName.Registration>> = Inbound<QueueName.Registration, T>;

/** The registration queue: one domain call per message type, each effect once (inbox) unless idempotent by itself. */
@QueueConsumer(QueueName.Registration)
export class RegistrationConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly sharingDuties: SharingDutyService,
    private readonly scheduler: DeadlineScheduler,
    private readonly calendar: HolidayCalendarService,
    private readonly provincial: ProvincialPushService,
  ) {}

  @EventPattern(MessageType.HandoffReceived)
  async handoffReceived(@Payload() message: In<MessageType.HandoffReceived>): Promise<void> {
    await this.inbox.handleOnce(message, (em) => this.sharingDuties.recordHandoff(em, message.payload));
  }

  @EventPattern(MessageType.HandoffsReceived)
  async handoffsReceived(@Payload() message: In<MessageType.HandoffsReceived>): Promise<void> {
    await this.inbox.handleOnce(message, (em) => this.sharingDuties.recordHandoffs(em, message.payload.receipts));
  }

  @EventPattern(MessageType.DeadlineRungDue)
  async deadlineRungDue(@Payload() message: In<MessageType.DeadlineRungDue>): Promise<void> {
    await this.scheduler.fireJob(message.payload.rungId);
  }

  /** Idempotent by the push's status; the platform also sees one webhook-id per event. */
  @EventPattern(MessageType.ProvincialPushDue)
  provincialPushDue(
    @Payload() message: In<MessageType.ProvincialPushDue>,
    @Ctx() ctx: BullMqContext,
  ): Promise<unknown> {
    return this.provincial.deliver(message.payload.pushId, ctx.attempt);
  }

  @EventPattern(MessageType.HolidayNoticeLoaded)
  holidayNoticeLoaded(@Payload() message: In<MessageType.HolidayNoticeLoaded>): Promise<unknown> {
    return this.calendar.loadAnnounced(message.payload);
  }
}
