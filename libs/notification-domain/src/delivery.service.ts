import { createHash } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { NotificationRequested } from '@tuoyu/contracts';
import { Delivery } from './delivery.entity';
import { MailTransport, isPermanentMailFailure } from './mail-transport';
import { renderNotice } from './templates/template-registry';

export const IDEMPOTENCY_HEADER = 'X-Tuoyu-Idempotency-Key';

/** Message-ID derived from the key, so a receiving system can also recognise a repeat. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@tuoyu.notice>`;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'failed_permanently';

export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * Sends a requested notice exactly once per idempotency key: the delivery row is written and locked before
 * sending, so a repeated or concurrent request finds it and sends nothing. Transient failures are rethrown
 * (the queue retries with backoff); permanent ones are recorded on the row and not retried.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
  ) {}

  async deliver(request: NotificationRequested): Promise<DeliveryOutcome> {
    const rendered = renderNotice(request.template, request.locale, request.props);
    const em = this.orm.em.fork() as EntityManager;
    let permanentFailure: string | undefined;
    const outcome = await em.transactional(async (tx): Promise<DeliveryOutcome> => {
      const delivery = await tx.getRepository(Delivery).claim({
        idempotencyKey: request.idempotencyKey,
        messageId: messageIdFor(request.idempotencyKey),
        recipients: request.to,
        template: request.template,
        locale: request.locale,
        status: 'pending',
        attempts: 0,
        createdAt: this.clock.now(),
      });
      if (delivery.status === 'sent') return 'already_sent';
      if (delivery.status === 'failed') return 'failed_permanently';
      delivery.attempts += 1;
      delivery.subject = rendered.subject;
      try {
        await this.transport.send({
          to: delivery.recipients,
          ...rendered,
          messageId: delivery.messageId,
          headers: { [IDEMPOTENCY_HEADER]: delivery.idempotencyKey },
        });
      } catch (error) {
        if (!isPermanentMailFailure(error)) throw error;
        permanentFailure = (error as Error).message;
        delivery.status = 'failed';
        delivery.lastError = permanentFailure;
        return 'failed_permanently';
      }
      delivery.status = 'sent';
      delivery.sentAt = this.clock.now();
      return 'sent';
    });
    if (outcome === 'sent') this.logger.log(`sent ${request.template} (${request.idempotencyKey})`);
    if (permanentFailure) throw new PermanentDeliveryError(`${request.idempotencyKey}: ${permanentFailure}`);
    return outcome;
  }
}
