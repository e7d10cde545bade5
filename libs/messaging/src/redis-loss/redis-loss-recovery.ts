import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { Counter, Registry } from 'prom-client';
import { OutboxRepublisher } from './outbox-republisher';
import { RedisLossListener } from './redis-loss-listener';

const HOUR_MS = 3600_000;

/**
 * What a service does once it knows Redis lost its data: publish again every outbox row sent within
 * REDIS_LOSS_REPUBLISH_WINDOW_HOURS (what may have been queued, delayed or retrying when it went), then let the
 * domain put back what it carries itself (listeners). Everything runs again through idempotent consumers.
 */
@Injectable()
export class RedisLossRecovery {
  private readonly logger = new Logger(RedisLossRecovery.name);
  private readonly listeners: RedisLossListener[] = [];
  private readonly recoveries: Counter;
  private readonly redriven: Counter<'what'>;

  constructor(
    private readonly republisher: OutboxRepublisher,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    registry: Registry,
  ) {
    this.recoveries = new Counter({
      name: 'tuoyu_redis_loss_recoveries_total',
      help: 'Times this service found its Redis marker gone and recovered in-flight work from PostgreSQL',
      registers: [registry],
    });
    this.redriven = new Counter({
      name: 'tuoyu_redis_loss_redriven_total',
      help: 'Work put back by the domain after a Redis data loss (besides outbox rows)',
      labelNames: ['what'],
      registers: [registry],
    });
  }

  /** Called by a domain module at init (e.g. the notification service's email redrive). */
  register(listener: RedisLossListener): void {
    this.listeners.push(listener);
  }

  /** Runs the whole recovery; returns the moment it took as "now" (the start of the tail, see RedisLossWatch). */
  async recover(): Promise<Date> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - this.config.redisLossRecovery.republishWindowHours * HOUR_MS);
    const republished = await this.republisher.republishSentBetween(since, now, 'redis_loss');
    const redriven: string[] = [];
    for (const listener of this.listeners) {
      const count = await listener.afterRedisLoss();
      this.redriven.inc({ what: listener.redrives }, count);
      redriven.push(`${count} ${listener.redrives}`);
    }
    this.recoveries.inc();
    this.logger.warn(
      `recovered after a Redis data loss: ${republished} outbox row(s) sent since ${since.toISOString()} published again` +
        (redriven.length ? `, ${redriven.join(', ')} put back` : ''),
    );
    return now;
  }

  /** The late pass: rows whose publish raced the loss and committed `sent` only after the first pass. */
  async recoverTail(detectedAt: Date, marginMs: number): Promise<number> {
    return this.republisher.republishSentBetween(new Date(detectedAt.getTime() - marginMs), detectedAt, 'redis_loss');
  }
}
