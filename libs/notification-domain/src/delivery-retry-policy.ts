import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';

/** However large the base, one wait never exceeds this: a relay back after a day should not wait another. */
const LONGEST_WAIT_MS = 6 * 3600_000;

/**
 * When to try a transient SMTP failure again (NOTIFICATION_RETRY_BASE_MS, NOTIFICATION_MAX_ATTEMPTS). The
 * attempts are counted on the delivery row, not by BullMQ: the producer's job options know nothing of email.
 */
@Injectable()
export class DeliveryRetryPolicy {
  readonly baseMs: number;
  readonly maxAttempts: number;

  constructor(config: AppConfig) {
    ({ baseMs: this.baseMs, maxAttempts: this.maxAttempts } = config.notificationRetry);
  }

  /** The wait after failed attempt `attempt` (1 = the first), or undefined when no attempt is left. */
  waitAfter(attempt: number): number | undefined {
    if (attempt >= this.maxAttempts) return undefined;
    return Math.min(this.baseMs * 2 ** (attempt - 1), LONGEST_WAIT_MS);
  }
}
