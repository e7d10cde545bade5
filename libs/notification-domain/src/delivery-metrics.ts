import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';

export type DeliveryFailure = 'permanent' | 'exhausted';

/** Counts per template on the app's own registry (served at /metrics, labelled with the service). */
@Injectable()
export class DeliveryMetrics {
  private readonly sentTotal: Counter<'template'>;
  private readonly failedTotal: Counter<'template' | 'reason'>;
  private readonly retriedTotal: Counter<'template'>;

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
}
