import { Processor } from '@nestjs/bullmq';
import { InboundMessage, MessageType, QueueName } from '@tuoyu/contracts';
import { EvaluationSubjectService } from '@tuoyu/evaluation-domain';
import { assertNever } from '@tuoyu/kernel';
import { Inbox, MessageProcessor } from '@tuoyu/messaging';

@Processor(QueueName.Evaluation)
export class EvaluationProcessor extends MessageProcessor<QueueName.Evaluation> {
  protected readonly queue = QueueName.Evaluation;

  constructor(
    private readonly inbox: Inbox,
    private readonly subjects: EvaluationSubjectService,
  ) {
    super();
  }

  protected async handle(message: InboundMessage<QueueName.Evaluation>): Promise<void> {
    switch (message.type) {
      case MessageType.FilingAccepted:
        await this.inbox.handleOnce(message, async (em) => {
          await this.subjects.openFromFiling(em, message.payload);
        });
        return;
      default:
        assertNever(message.type, 'message type');
    }
  }
}
