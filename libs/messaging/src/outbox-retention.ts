import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { IntervalLoop } from '@tuoyu/kernel';
import { OutboxMessage } from './outbox-message.entity';

const BATCH = 1000;
const DAY_MS = 86_400_000;
const INTERVAL_MS = 3600_000;

/**
 * Trims what only grows: sent outbox rows older than OUTBOX_RETENTION_DAYS and inbox rows older than
 * INBOX_RETENTION_DAYS, in batches of BATCH, hourly. Unsent and set-aside rows are never deleted. The inbox
 * outlives the outbox: any message still replayable from the outbox finds its inbox row (docs/reliability.md).
 */
@Injectable()
export class OutboxRetention extends IntervalLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRetention.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.startLoop();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stopLoop();
  }

  /** One full pass; returns how many rows of each kind were deleted. */
  async trim(): Promise<{ outbox: number; inbox: number }> {
    const { outboxRetentionDays, inboxRetentionDays } = this.config.outboxReliability;
    const now = this.clock.now().getTime();
    const repository = () => (this.orm.em.fork() as EntityManager).getRepository(OutboxMessage);
    let outbox = 0;
    let inbox = 0;
    for (let n = BATCH; n === BATCH; outbox += n) {
      n = await repository().deleteSentBefore(new Date(now - outboxRetentionDays * DAY_MS), BATCH);
    }
    for (let n = BATCH; n === BATCH; inbox += n) {
      n = await repository().deleteInboxBefore(new Date(now - inboxRetentionDays * DAY_MS), BATCH);
    }
    return { outbox, inbox };
  }

  protected async tick(): Promise<void> {
    const { outbox, inbox } = await this.trim();
    if (outbox + inbox > 0) this.logger.log(`retention deleted ${outbox} sent outbox row(s), ${inbox} inbox row(s)`);
  }

  protected intervalMs(): number {
    return INTERVAL_MS;
  }

  protected tickFailed(error: Error): void {
    this.logger.warn(`retention pass failed, will retry: ${error.message}`);
  }
}
