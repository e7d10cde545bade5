import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { IntervalLoop } from '@tuoyu/kernel';
import { REDIS_CLIENT, type RedisClient } from '@tuoyu/redis';
import { RedisLossRecovery } from './redis-loss-recovery';

export const MESSAGING_SERVICE = Symbol('MESSAGING_SERVICE');

/** How long a relay round can still be committing rows it published before the loss (100 rows × 3 s timeout). */
const TAIL_MARGIN_MS = 5 * 60_000;

/**
 * Notices by itself that Redis lost its data: a marker key per service under the queue prefix must exist; when
 * it is gone (a FLUSHALL, a failover to an empty replica, a restart without persistence), the service recovers
 * in-flight work from PostgreSQL and then sets the marker again. Recovery comes first, so a crash in between
 * only repeats it. A missing marker at the first start of a prefix also recovers (nothing to publish then).
 * Each service has its own marker: the first to notice must not hide the loss from the others.
 */
@Injectable()
export class RedisLossWatch extends IntervalLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RedisLossWatch.name);
  private tailFrom?: Date;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    @Inject(MESSAGING_SERVICE) private readonly service: string,
    private readonly recovery: RedisLossRecovery,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    super();
  }

  get markerKey(): string {
    return `${this.config.queuePrefix}:redis-marker:${this.service}`;
  }

  onApplicationBootstrap(): void {
    this.startLoop();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stopLoop();
  }

  /** One check (also called by tests); returns whether the marker was missing and a recovery ran. */
  async check(): Promise<boolean> {
    if (this.tailFrom) {
      // A relay round that published before the loss may have committed `sent` after the first pass read the rows.
      await this.recovery.recoverTail(this.tailFrom, TAIL_MARGIN_MS);
      this.tailFrom = undefined;
    }
    if ((await this.redis.exists(this.markerKey)) === 1) return false;
    this.logger.warn(`Redis marker ${this.markerKey} is missing: Redis lost its data (or this prefix is new)`);
    this.tailFrom = await this.recovery.recover();
    await this.redis.set(this.markerKey, this.clock.now().toISOString());
    return true;
  }

  protected async tick(): Promise<void> {
    await this.check();
  }

  protected intervalMs(): number {
    return this.config.redisLossRecovery.checkIntervalMs;
  }

  protected tickFailed(error: Error): void {
    // Redis or PostgreSQL unreachable: the marker is checked again next time; nothing was set before recovering.
    this.logger.warn(`Redis-loss check failed, will retry: ${error.message}`);
  }
}
