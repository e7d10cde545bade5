import { EventPattern, Payload } from '@nestjs/microservices';
import { MessageType, MessageTypeOf, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, HolidayCalendarService } from '@tuoyu/deadlines';
import { EvaluationSubjectService } from '@tuoyu/evaluation-domain';
import { Inbox, Inbound, QueueConsumer } from '@tuoyu/messaging';

type In<T extends MessageTypeOf<QueueName.Evaluation>> = Inbound<QueueName.Evaluation, T>;

/** The evaluation queue: one domain call per message type, each effect once (inbox) unless idempotent by itself. */
@QueueConsumer(QueueName.Evaluation)
export class EvaluationConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly subjects: EvaluationSubjectService,
    private readonly scheduler: DeadlineScheduler,
    private readonly calendar: HolidayCalendarService,
  ) {}

  @EventPattern(MessageType.FilingAccepted)
  async filingAccepted(@Payload() message: In<MessageType.FilingAccepted>): Promise<void> {
    await this.inbox.handleOnce(message, async (em) => {
      await this.subjects.openFromFiling(em, message.payload);
    });
  }

  @EventPattern(MessageType.DeadlineRungDue)
  async deadlineRungDue(@Payload() message: In<MessageType.DeadlineRungDue>): Promise<void> {
    await this.scheduler.fireJob(message.payload.rungId);
  }

  @EventPattern(MessageType.HolidayNoticeLoaded)
  holidayNoticeLoaded(@Payload() message: In<MessageType.HolidayNoticeLoaded>): Promise<unknown> {
    return this.calendar.loadAnnounced(message.payload);
  }
}
