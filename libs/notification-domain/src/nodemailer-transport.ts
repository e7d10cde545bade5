import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import nodemailer, { Transporter } from 'nodemailer';
import { MailTransport, OutgoingMail } from './mail-transport';

/** Pooled SMTP to SMTP_URL (or, in development, the local mail catcher). */
@Injectable()
export class NodemailerTransport extends MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
    // Pooled: a burst of reminders reuses a few connections instead of one handshake per email. The timeouts are
    // shorter than nodemailer's (2 and 10 minutes): a hung relay should become a retry, not a stuck worker.
    this.transporter = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: 3,
      maxMessages: 100,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
    if (config.usesDevMailCatcher) {
      new Logger(NodemailerTransport.name).log(
        `SMTP_URL unset: mail goes to the development catcher, open ${config.devMailWebUrl}`,
      );
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: mail.headers,
    });
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
