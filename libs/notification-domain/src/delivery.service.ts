import { createHash } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { NotificationRequested } from '@tuoyu/contracts';
import { Delivery } from './delivery.entity';
import { DeliveryFailure, DeliveryMetrics } from './delivery-metrics';
import { DeliveryOutcomeRecorder } from './delivery-outcome-recorder';
import { DeliveryRetryError } from './delivery-retry.error';
import { DeliveryRetryPolicy } from './delivery-retry-policy';
import { ClaimedRow, DeliveryOutcomePatch } from './delivery.repository';
import { MailTransport, describeMailFailure, isPermanentMailFailure } from './mail-transport';
import { PermanentDeliveryError } from './permanent-delivery.error';
import { renderNotice } from './templates/template-registry';

export const IDEMPOTENCY_HEADER = 'X-Tuoyu-Idempotency-Key';

/** Message-ID derived from the key, so a receiving system can also recognise a repeat. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@tuoyu.notice>`;
}

const BUSY_RECHECK_MS = 1000;

export type DeliveryOutcome = 'sent' | 'already_sent' | 'failed_permanently';

type Claim =
  | { kind: 'done'; outcome: 'already_sent' | 'failed_permanently' }
  | { kind: 'busy'; waitMs: number }
  | { kind: 'send'; delivery: Delivery }
  | { kind: 'give_up'; failure: DeliveryFailure; reason: string; attempts: number };

type Attempt =
  | { outcome: 'sent' | 'already_sent' | 'failed_permanently'; failure?: undefined }
  | { outcome: 'failed_permanently'; failure: DeliveryFailure; reason: string; attempts: number }
  | { outcome: 'retry'; failure?: undefined; reason: string; attempts: number; waitMs: number };

/**
 * Sends a requested notice once per idempotency key, in two commits around the SMTP conversation: the claim
 * (status sending, attempt n, a lease) before it, the outcome (sent, failed, or pending for a retry) after it.
 * A database outage after the 250 only delays recording the outcome; it never repeats the send. A row found
 * still `sending` past its lease is an attempt whose sender died inside the conversation: it is counted as
 * ambiguous and resent once, with the same Message-ID; a second ambiguous attempt marks the delivery failed
 * rather than risk a third copy (docs/reliability.md).
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
    private readonly outcomes: DeliveryOutcomeRecorder,
    private readonly config: AppConfig,
  ) {}

  async deliver(request: NotificationRequested): Promise<DeliveryOutcome> {
    const rendered = renderNotice(request.template, request.locale, request.props);
    const claim = await this.claim(request, rendered.subject);
    if (claim.kind === 'done') return this.report(request, { outcome: claim.outcome });
    if (claim.kind === 'give_up') return this.report(request, { outcome: 'failed_permanently', ...claim });
    if (claim.kind === 'busy') {
      // Another worker holds a live claim on this key: come back when its lease ends, never send alongside it.
      throw new DeliveryRetryError(`${request.idempotencyKey}: another attempt is under way`, claim.waitMs);
    }
    const { delivery } = claim;
    let error: unknown;
    try {
      await this.transport.send({
        to: delivery.recipients,
        ...rendered,
        messageId: delivery.messageId,
        headers: { [IDEMPOTENCY_HEADER]: delivery.idempotencyKey },
      });
    } catch (caught) {
      error = caught ?? new Error('unknown mail failure');
    }
    const attempt = this.attemptOf(delivery.attempts, error);
    await this.outcomes.record(
      delivery.idempotencyKey,
      delivery.attempts,
      this.patchOf(attempt),
      delivery.claimedUntil!,
    );
    return this.report(request, attempt);
  }

  /** First commit: the row exists, is locked, and says which attempt is under way until when. */
  private async claim(request: NotificationRequested, subject: string): Promise<Claim> {
    const now = this.clock.now();
    const row: ClaimedRow = {
      idempotencyKey: request.idempotencyKey,
      messageId: messageIdFor(request.idempotencyKey),
      recipients: request.to,
      template: request.template,
      locale: request.locale,
      status: 'pending',
      attempts: 0,
      createdAt: now,
      request,
    };
    const leaseEnd = new Date(now.getTime() + this.config.notificationSendLeaseMs);
    if (request.to.length > 0) {
      const claimed = await (this.orm.em.fork() as EntityManager)
        .getRepository(Delivery)
        .claimAttempt(row, subject, leaseEnd);
      if (claimed) return { kind: 'send', delivery: claimed };
    }
    // Unaddressed, or the key is sending, sent or failed: decided under the row lock.
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx): Promise<Claim> => {
      const delivery = await tx.getRepository(Delivery).claim(row);
      if (delivery.status === 'sent') return { kind: 'done', outcome: 'already_sent' };
      if (delivery.status === 'failed') return { kind: 'done', outcome: 'failed_permanently' };
      if (request.to.length === 0) {
        // A notice nobody could be addressed for (e.g. ADMIN_EMAIL unset) is kept as a failed delivery: seen, not lost.
        delivery.status = 'failed';
        delivery.subject = subject;
        delivery.lastError = `no recipient: ${request.unaddressed ?? 'the request named nobody'}`;
        return { kind: 'give_up', failure: 'no_recipient', reason: delivery.lastError, attempts: 0 };
      }
      if (delivery.status === 'sending') {
        const leftMs = (delivery.claimedUntil?.getTime() ?? 0) - now.getTime();
        // Checked again soon, not at the lease's end: the live attempt usually records its outcome in a moment.
        if (leftMs > 0) return { kind: 'busy', waitMs: Math.min(leftMs + 100, BUSY_RECHECK_MS) };
        delivery.ambiguousAttempts += 1;
        this.metrics.ambiguous(request.template);
        const unknown = `attempt ${delivery.attempts} ended without a recorded outcome (its sender stopped inside the SMTP conversation; the mail may have gone)`;
        this.logger.warn(`${request.idempotencyKey}: ${unknown}`);
        if (delivery.ambiguousAttempts > 1) {
          delivery.status = 'failed';
          delivery.claimedUntil = undefined;
          delivery.lastError = `${unknown}; not sent again after ${delivery.ambiguousAttempts} such attempts: ask the recipient`;
          return { kind: 'give_up', failure: 'ambiguous', reason: delivery.lastError, attempts: delivery.attempts };
        }
        delivery.lastError = `${unknown}; resent once with the same Message-ID`;
      }
      delivery.status = 'sending';
      delivery.attempts += 1;
      delivery.subject = subject;
      delivery.claimedUntil = leaseEnd;
      return { kind: 'send', delivery };
    });
  }

  private attemptOf(attempts: number, error: unknown): Attempt {
    if (error === undefined) return { outcome: 'sent' };
    const reason = describeMailFailure(error);
    const waitMs = isPermanentMailFailure(error) ? undefined : this.retries.waitAfter(attempts);
    if (waitMs !== undefined) return { outcome: 'retry', reason, attempts, waitMs };
    const failure: DeliveryFailure = isPermanentMailFailure(error) ? 'permanent' : 'exhausted';
    const described = failure === 'exhausted' ? `gave up after ${attempts} attempts: ${reason}` : reason;
    return { outcome: 'failed_permanently', failure, reason: described, attempts };
  }

  private patchOf(attempt: Attempt): DeliveryOutcomePatch {
    if (attempt.outcome === 'retry') return { status: 'pending', lastError: attempt.reason };
    if (attempt.failure) return { status: 'failed', lastError: attempt.reason };
    return { status: 'sent', sentAt: this.clock.now() };
  }

  /** After the outcome commit: count it, log it, and tell the consumer what to do. */
  private report(request: NotificationRequested, attempt: Attempt): DeliveryOutcome {
    const what = `${request.template} ${request.idempotencyKey} to ${request.to.join(', ') || '(nobody)'}`;
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
