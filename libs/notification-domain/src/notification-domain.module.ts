import { Module } from '@nestjs/common';
import { DeliveryLog } from './delivery-log';
import { DeliveryMetrics } from './delivery-metrics';
import { DeliveryRedrive } from './delivery-redrive';
import { DeliveryResend } from './delivery-resend';
import { DeliveryOutcomeRecorder } from './delivery-outcome-recorder';
import { DeliveryRetryPolicy } from './delivery-retry-policy';
import { DeliveryService } from './delivery.service';
import { MailTransport } from './mail-transport';
import { NodemailerTransport } from './nodemailer-transport';

@Module({
  providers: [
    DeliveryService,
    DeliveryLog,
    DeliveryResend,
    DeliveryRetryPolicy,
    DeliveryMetrics,
    DeliveryOutcomeRecorder,
    DeliveryRedrive,
    { provide: MailTransport, useClass: NodemailerTransport },
  ],
  exports: [DeliveryService, DeliveryLog, DeliveryResend],
})
export class NotificationDomainModule {}
