import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';

/** permanent: refused for good; exhausted: out of attempts; ambiguous: two attempts ended without a known outcome;
 * no_recipient: nobody to send it to (e.g. ADMIN_EMAIL unset). */
export type DeliveryFailure = 'permanent' | 'exhausted' | 'ambiguous' | 'no_recipient';

/** Counts per template on the app's own registry (served at /metrics, labelled with the service). */
@Injectable()
export class DeliveryMetrics {
  private readonly sentTotal: Counter<'template'>;
  private readonly failedTotal: Counter<'template' | 'reason'>;
  private readonly retriedTotal: Counter<'template'>;
  private readonly ambiguousTotal: Counter<'template'>;
  private readonly outcomeRetriesTotal: Counter;

  constructor(registry: Registry) {
    this.sentTotal = new Counter({
      name: 'tuoyu_notifications_sent_total',
      help: 'Emails accepted by the SMTP relay',
      labelNames: ['template'],
      registers: [registry],
    });
    this.failedTotal = new Counter({
      name: 'tuoyu_notifications_failed_total',
      help: 'Deliveries marked failed: refused for good (permanent) or out of attempts (exhausted)',
      labelNames: ['template', 'reason'],
      registers: [registry],
    });
    this.retriedTotal = new Counter({
      name: 'tuoyu_notifications_retried_total',
      help: 'Transient SMTP failures scheduled for another attempt',
      labelNames: ['template'],
      registers: [registry],
    });
    this.ambiguousTotal = new Counter({
      name: 'tuoyu_notifications_ambiguous_total',
      help: 'Attempts found claimed past their lease: the sender died inside the SMTP conversation, outcome unknown',
      labelNames: ['template'],
      registers: [registry],
    });
    this.outcomeRetriesTotal = new Counter({
      name: 'tuoyu_notifications_outcome_record_retries_total',
      help: 'Failed tries to record an attempt outcome (database unreachable after the SMTP conversation)',
      registers: [registry],
    });
  }

  sent(template: string): void {
    this.sentTotal.inc({ template });
  }

  failed(template: string, reason: DeliveryFailure): void {
    this.failedTotal.inc({ template, reason });
  }

  retried(template: string): void {
    this.retriedTotal.inc({ template });
  }

  ambiguous(template: string): void {
    this.ambiguousTotal.inc({ template });
  }

  outcomeRecordRetried(): void {
    this.outcomeRetriesTotal.inc();
  }
}
