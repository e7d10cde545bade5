import { Module } from '@nestjs/common';
import { DeliveryService } from './delivery.service';
import { MailTransport } from './mail-transport';
import { NodemailerTransport } from './nodemailer-transport';

@Module({
  providers: [DeliveryService, { provide: MailTransport, useClass: NodemailerTransport }],
  exports: [DeliveryService],
})
export class NotificationDomainModule {}
