import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { IntervalLoop } from '@tuoyu/kernel';
import { DeadlineCount } from './deadline-count.entity';
import { DeadlineScheduler } from './deadline-scheduler';

const BATCH = 50;

/**
 * The safety net: a plain loop that fires every due rung. SKIP LOCKED lets replicas sweep side by side; after a
 * Redis flush or a clock move, the next sweep fires whatever the delayed jobs did not.
 */
@Injectable()
export class DeadlineSweeper extends IntervalLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineSweeper.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly scheduler: DeadlineScheduler,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.startLoop();
  }

  // Before MikroORM closes its pool (onApplicationShutdown): an in-flight transaction must finish first.
  beforeApplicationShutdown(): Promise<void> {
    return this.stopLoop();
  }

  /** One full sweep: fires every due rung, then queues the rungs that entered the horizon; returns how many fired. */
  async sweep(): Promise<number> {
    const fired = await this.inBatches((em) => this.scheduler.fireDue(em, BATCH));
    await this.inBatches((em) => this.scheduler.queueEnteringHorizon(em, BATCH));
    return fired;
  }

  private async inBatches(batch: (em: EntityManager) => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await (this.orm.em.fork() as EntityManager).transactional(batch);
      total += done;
      if (done < BATCH) return total;
    }
  }

  protected async tick(): Promise<void> {
    const fired = await this.sweep();
    if (fired > 0) this.logger.log(`sweeper fired ${fired} rung(s)`);
    // The counts' appended rows, folded each tick, stay few: reading the gauges remains a sum of a few rows.
    await this.orm.em.fork().getRepository(DeadlineCount).fold();
  }

  protected intervalMs(): number {
    return this.config.deadlineSweepIntervalMs;
  }

  protected tickFailed(error: Error): void {
    this.logger.warn(`sweep failed, will retry: ${error.message}`);
  }
}
