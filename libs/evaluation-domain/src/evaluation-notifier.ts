import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { Outbox } from '@tuoyu/messaging';
import { EvaluationSubject } from './evaluation-subject.entity';

/** Notices to the institution, in the caller's transaction, keyed by what they announce and the address. */
@Injectable()
export class EvaluationNotifier {
  private readonly logger = new Logger(EvaluationNotifier.name);

  constructor(private readonly outbox: Outbox) {}

  toInstitution(em: EntityManager, key: string, subject: EvaluationSubject, template: NoticeTemplate, props: object) {
    if (!subject.contactEmail) {
      // Filing sent no contact address with FilingAccepted: the result stands, only the email is missing.
      this.logger.warn(`no contact email for ${subject.uscc}: ${template} not sent`);
      return;
    }
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `${key}:${subject.contactEmail}`,
      template,
      locale: 'zh-CN',
      to: [subject.contactEmail],
      props: { ...props },
    });
  }
}
