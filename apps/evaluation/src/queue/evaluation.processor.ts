import { Processor } from '@nestjs/bullmq';
import { InboundMessage, MessageType, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, HolidayCalendarService } from '@tuoyu/deadlines';
import { EvaluationSubjectService } from '@tuoyu/evaluation-domain';
import { assertNever } from '@tuoyu/kernel';
import { Inbox, MessageProcessor } from '@tuoyu/messaging';

@Processor(QueueName.Evaluation)
export class EvaluationProcessor extends MessageProcessor<QueueName.Evaluation> {
  protected readonly queue = QueueName.Evaluation;

  constructor(
    private readonly inbox: Inbox,
    private readonly subjects: EvaluationSubjectService,
    private readonly scheduler: DeadlineScheduler,
    private readonly calendar: HolidayCalendarService,
  ) {
    super();
  }

  protected async handle(message: InboundMessage<QueueName.Evaluation>): Promise<unknown> {
    switch (message.type) {
      case MessageType.FilingAccepted:
        await this.inbox.handleOnce(message, async (em) => {
          await this.subjects.openFromFiling(em, message.payload);
        });
        return;
      case MessageType.DeadlineRungDue:
        await this.scheduler.fireJob(message.payload.rungId);
        return;
      case MessageType.HolidayNoticeLoaded:
        return this.calendar.loadAnnounced(message.payload);
      default:
        assertNever(message, 'message');
    }
  }
}
