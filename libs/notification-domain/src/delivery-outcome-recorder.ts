import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { Delivery } from './delivery.entity';
import { DeliveryMetrics } from './delivery-metrics';
import { DeliveryOutcomePatch } from './delivery.repository';

const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 5000;

/**
 * Commits an attempt's outcome after the SMTP conversation. The mail has left (or was refused): whatever the
 * database does now, the send is never repeated for it. The outcome is retried until it is written or the
 * attempt's lease runs out; only then does the row stay `sending`, and the next claim treats it as ambiguous.
 */
@Injectable()
export class DeliveryOutcomeRecorder {
  private readonly logger = new Logger(DeliveryOutcomeRecorder.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly metrics: DeliveryMetrics,
  ) {}

  /** False when the attempt no longer held the row (its lease ran out and another attempt took it over). */
  async record(key: string, attempt: number, patch: DeliveryOutcomePatch, leaseUntil: Date): Promise<boolean> {
    for (let tries = 1; ; tries += 1) {
      try {
        const em = this.orm.em.fork() as EntityManager;
        const held = await em.getRepository(Delivery).recordOutcome(key, attempt, patch);
        if (tries > 1) this.logger.log(`recorded ${patch.status} for ${key} after ${tries} tries`);
        if (!held) this.logger.warn(`attempt ${attempt} of ${key} lost its claim before recording ${patch.status}`);
        return held;
      } catch (error) {
        this.metrics.outcomeRecordRetried();
        const waitMs = Math.min(FIRST_WAIT_MS * 2 ** (tries - 1), LONGEST_WAIT_MS);
        const left = leaseUntil.getTime() - this.clock.now().getTime();
        if (left <= waitMs) {
          throw new Error(
            `could not record ${patch.status} for ${key} within its lease (${tries} tries): ${(error as Error).message}`,
          );
        }
        if (tries === 1 || tries % 10 === 0)
          this.logger.warn(
            `recording ${patch.status} for ${key} failed (try ${tries}), retrying: ${(error as Error).message}`,
          );
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
  }
}
