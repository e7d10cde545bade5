import { Module } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import { NOTIFICATION_ENTITIES, NOTIFICATION_MIGRATIONS, NotificationDomainModule } from '@tuoyu/notification-domain';
import { PlatformModule } from '@tuoyu/platform';
import { DeliveriesController } from './http/deliveries.controller';
import { NotificationConsumer } from './queue/notification.consumer';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'notification',
      database: { entities: NOTIFICATION_ENTITIES, migrations: NOTIFICATION_MIGRATIONS },
      consumes: QueueName.Notification,
    }),
    NotificationDomainModule,
  ],
  controllers: [NotificationConsumer, DeliveriesController],
})
export class NotificationAppModule {}
