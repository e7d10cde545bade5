import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { DeadlineScheduler } from './deadline-scheduler';

const BATCH = 50;

/**
 * The safety net: a plain loop (not a BullMQ job scheduler, which duplicates or loses schedulers when upserted
 * from several replicas) that fires every due rung. SKIP LOCKED lets replicas sweep side by side; after a Redis
 * flush or a clock move, the next sweep fires whatever the delayed jobs did not.
 */
@Injectable()
export class DeadlineSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineSweeper.name);
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;
  private done?: Promise<void>;

  constructor(
    private readonly orm: MikroORM,
    private readonly scheduler: DeadlineScheduler,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.done = this.loop();
  }

  // Before MikroORM closes its pool (onApplicationShutdown): an in-flight transaction must finish first.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
    await this.done;
  }

  /** One full sweep; returns how many rungs fired. */
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const fired = await (this.orm.em.fork() as EntityManager).transactional((em) =>
        this.scheduler.fireDue(em, BATCH),
      );
      total += fired;
      if (fired < BATCH) return total;
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        const fired = await this.sweep();
        if (fired > 0) this.logger.log(`sweeper fired ${fired} rung(s)`);
      } catch (error) {
        this.logger.warn(`sweep failed, will retry: ${(error as Error).message}`);
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, this.config.deadlineSweepIntervalMs);
      });
    }
  }
}
