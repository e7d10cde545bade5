import { createHash } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { NotificationRequested } from '@tuoyu/contracts';
import { Delivery } from './delivery.entity';
import { DeliveryFailure, DeliveryMetrics } from './delivery-metrics';
import { DeliveryRetryError } from './delivery-retry.error';
import { DeliveryRetryPolicy } from './delivery-retry-policy';
import { MailTransport, describeMailFailure, isPermanentMailFailure } from './mail-transport';
import { PermanentDeliveryError } from './permanent-delivery.error';
import { renderNotice } from './templates/template-registry';

export const IDEMPOTENCY_HEADER = 'X-Tuoyu-Idempotency-Key';

/** Message-ID derived from the key, so a receiving system can also recognise a repeat. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@tuoyu.notice>`;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'failed_permanently';

type Attempt =
  | { outcome: DeliveryOutcome; failure?: undefined }
  | { outcome: 'failed_permanently'; failure: DeliveryFailure; reason: string; attempts: number }
  | { outcome: 'retry'; failure?: undefined; reason: string; attempts: number; waitMs: number };

/**
 * Sends a requested notice exactly once per idempotency key: the delivery row is written and locked before
 * sending, so a repeated or concurrent request finds it and sends nothing. Each attempt, failed or not, is
 * committed on the row; a transient failure asks the caller to come back later (DeliveryRetryError), a
 * permanent one or the last attempt marks the row failed (PermanentDeliveryError).
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    private readonly retries: DeliveryRetryPolicy,
    private readonly metrics: DeliveryMetrics,
  ) {}

  async deliver(request: NotificationRequested): Promise<DeliveryOutcome> {
    const rendered = renderNotice(request.template, request.locale, request.props);
    const em = this.orm.em.fork() as EntityManager;
    const attempt = await em.transactional(async (tx): Promise<Attempt> => {
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
      if (delivery.status === 'sent') return { outcome: 'already_sent' };
      if (delivery.status === 'failed') return { outcome: 'failed_permanently' };
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
        const reason = describeMailFailure(error);
        const { attempts } = delivery;
        const waitMs = isPermanentMailFailure(error) ? undefined : this.retries.waitAfter(attempts);
        if (waitMs !== undefined) {
          delivery.lastError = reason;
          return { outcome: 'retry', reason, attempts, waitMs };
        }
        const failure: DeliveryFailure = isPermanentMailFailure(error) ? 'permanent' : 'exhausted';
        delivery.status = 'failed';
        delivery.lastError = failure === 'exhausted' ? `gave up after ${attempts} attempts: ${reason}` : reason;
        return { outcome: 'failed_permanently', failure, reason: delivery.lastError, attempts };
      }
      delivery.status = 'sent';
      delivery.sentAt = this.clock.now();
      delivery.lastError = undefined;
      return { outcome: 'sent' };
    });
    return this.report(request, attempt);
  }

  /** After commit: the row already says what happened; count it, log it, and tell the consumer what to do. */
  private report(request: NotificationRequested, attempt: Attempt): DeliveryOutcome {
    const what = `${request.template} ${request.idempotencyKey} to ${request.to.join(', ')}`;
    if (attempt.outcome === 'retry') {
      this.metrics.retried(request.template);
      this.logger.warn(
        `attempt ${attempt.attempts} of ${what} failed, retrying in ${attempt.waitMs} ms: ${attempt.reason}`,
      );
      throw new DeliveryRetryError(`${request.idempotencyKey}: ${attempt.reason}`, attempt.waitMs);
    }
    if (attempt.failure) {
      this.metrics.failed(request.template, attempt.failure);
      this.logger.error(`delivery of ${what} failed for good (attempt ${attempt.attempts}): ${attempt.reason}`);
      throw new PermanentDeliveryError(`${request.idempotencyKey}: ${attempt.reason}`);
    }
    if (attempt.outcome === 'sent') {
      this.metrics.sent(request.template);
      this.logger.log(`sent ${request.template} (${request.idempotencyKey})`);
    }
    return attempt.outcome;
  }
}
