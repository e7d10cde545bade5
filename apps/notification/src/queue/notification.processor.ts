import { Processor } from '@nestjs/bullmq';
import { InboundMessage, MessageType, QueueName } from '@tuoyu/contracts';
import { assertNever } from '@tuoyu/kernel';
import { MessageProcessor } from '@tuoyu/messaging';
import { DeliveryRetryError, DeliveryService, PermanentDeliveryError } from '@tuoyu/notification-domain';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';

/** The delivery row keyed by the notice's idempotency key is this consumer's inbox. */
@Processor(QueueName.Notification, { concurrency: 4 })
export class NotificationProcessor extends MessageProcessor<QueueName.Notification> {
  protected readonly queue = QueueName.Notification;

  constructor(private readonly deliveries: DeliveryService) {
    super();
  }

  /**
   * A transient SMTP failure puts the job back as delayed rather than failing it: the email's own attempts and
   * backoff (counted on the delivery row) apply, not the job options its producer chose, and BullMQ does not
   * count it as a failed attempt.
   */
  override async process(job: Job, token?: string): Promise<unknown> {
    try {
      return await super.process(job);
    } catch (error) {
      if (!(error instanceof DeliveryRetryError)) throw error;
      // BullMQ delays are real milliseconds on its own timestamps, and processedOn is BullMQ's stamp for this
      // attempt: the service Clock may be shifted (demos, tests) and must not stretch the wait.
      await job.moveToDelayed((job.processedOn ?? job.timestamp) + error.waitMs, token);
      throw new DelayedError(error.message);
    }
  }

  protected async handle(message: InboundMessage<QueueName.Notification>): Promise<string> {
    switch (message.type) {
      case MessageType.NotificationRequested:
        try {
          return await this.deliveries.deliver(message.payload);
        } catch (error) {
          if (error instanceof PermanentDeliveryError) throw new UnrecoverableError(error.message);
          throw error;
        }
      default:
        return assertNever(message.type, 'message type');
    }
  }
}
