import { Module } from '@nestjs/common';
import { DeliveryMetrics } from './delivery-metrics';
import { DeliveryRetryPolicy } from './delivery-retry-policy';
import { DeliveryService } from './delivery.service';
import { MailTransport } from './mail-transport';
import { NodemailerTransport } from './nodemailer-transport';

@Module({
  providers: [
    DeliveryService,
    DeliveryRetryPolicy,
    DeliveryMetrics,
    { provide: MailTransport, useClass: NodemailerTransport },
  ],
  exports: [DeliveryService],
})
export class NotificationDomainModule {}
