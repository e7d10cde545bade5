import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { BullMqContext, QueueConsumer } from '@tuoyu/messaging';
import type { Inbound } from '@tuoyu/messaging';
import { DeliveryRetryError, DeliveryService, PermanentDeliveryError } from '@tuoyu/notification-domain';
import { UnrecoverableError } from 'bullmq';

/** The notification queue. The delivery row keyed by the notice's idempotency key is this consumer's inbox. */
@QueueConsumer(QueueName.Notification)
export class NotificationConsumer {
  constructor(private readonly deliveries: DeliveryService) {}

  /**
   * A transient SMTP failure puts the job back as delayed rather than failing it: the email's own attempts and
   * backoff (counted on the delivery row) apply, not the job options its producer chose.
   */
  @EventPattern(MessageType.NotificationRequested)
  async notificationRequested(
    @Payload() message: Inbound<QueueName.Notification, MessageType.NotificationRequested>,
    @Ctx() ctx: BullMqContext,
  ): Promise<string> {
    try {
      return await this.deliveries.deliver(message.payload);
    } catch (error) {
      if (error instanceof PermanentDeliveryError) throw new UnrecoverableError(error.message);
      if (error instanceof DeliveryRetryError) return ctx.retryLater(error.waitMs, error.message);
      throw error;
    }
  }
}
