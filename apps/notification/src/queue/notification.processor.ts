import { Processor } from '@nestjs/bullmq';
import { InboundMessage, MessageType, QueueName } from '@tuoyu/contracts';
import { assertNever } from '@tuoyu/kernel';
import { MessageProcessor } from '@tuoyu/messaging';
import { DeliveryService, PermanentDeliveryError } from '@tuoyu/notification-domain';
import { UnrecoverableError } from 'bullmq';

/** The delivery row keyed by the notice's idempotency key is this consumer's inbox. */
@Processor(QueueName.Notification, { concurrency: 4 })
export class NotificationProcessor extends MessageProcessor<QueueName.Notification> {
  protected readonly queue = QueueName.Notification;

  constructor(private readonly deliveries: DeliveryService) {
    super();
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
