import { ChangeSetType, EntityManager, EventSubscriber, FlushEventArgs, MikroORM } from '@mikro-orm/core';
import { Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { QueueName } from '@tuoyu/contracts';
import { lastValueFrom } from 'rxjs';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxPoison } from './outbox-poison';
import { QueueRegistry } from './queue-registry';
import { BullMqClient, OutboundJob } from './transport/bullmq-client';
import { withTimeout } from './with-timeout';

const BATCH = 100;
const RETRY_BASE_MS = 500;
const MAX_BACKOFF_MS = 5000;
const PUBLISH_TIMEOUT_MS = 3000;
// A bulk row's job priority: BullMQ takes every job without one first, so live work overtakes an import's.
const BULK_PRIORITY = 100;

/**
 * Moves committed outbox rows to BullMQ (job id = message id) and marks them sent. Redis being down only
 * delays this loop. Woken right after a commit in this process that wrote outbox rows; otherwise it polls every
 * OUTBOX_IDLE_POLL_MS (rows of another process: a CLI, a replica that died before publishing), so an idle
 * service costs the database a claim every few seconds, not several a second.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown, EventSubscriber {
  private readonly logger = new Logger(OutboxRelay.name);
  private stopped = false;
  private wakeUp?: () => void;
  private wakePending = false;
  private failures = 0;
  private loopDone?: Promise<void>;

  constructor(
    private readonly orm: MikroORM,
    private readonly queues: QueueRegistry,
    private readonly client: BullMqClient,
    private readonly clock: Clock,
    private readonly poison: OutboxPoison,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.orm.em.getEventManager().registerSubscriber(this);
    this.loopDone = this.loop();
  }

  // Before MikroORM closes its pool (onApplicationShutdown): an in-flight transaction must finish first.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.loopDone;
  }

  afterFlush(args: FlushEventArgs): void {
    const wroteOutbox = args.uow
      .getChangeSets()
      .some((cs) => cs.type === ChangeSetType.CREATE && cs.entity instanceof OutboxMessage);
    if (!wroteOutbox) return;
    // Inside an explicit transaction the rows are not visible to the relay until commit.
    if (args.em.isInTransaction()) this.wakePending = true;
    else this.wake();
  }

  /** Rows written without a flush (Outbox.addMany): published as soon as they are visible. */
  rowsInserted(em: EntityManager): void {
    if (em.isInTransaction()) this.wakePending = true;
    else this.wake();
  }

  afterTransactionCommit(): void {
    if (!this.wakePending) return;
    this.wakePending = false;
    this.wake();
  }

  wake(): void {
    this.wakeUp?.();
  }

  /** Publishes everything unsent; returns how many messages went out. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < BATCH) return total;
    }
  }

  private async loop(): Promise<void> {
    const idle = this.config.outboxReliability.idlePollMs;
    while (!this.stopped) {
      try {
        await this.drain();
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        if (this.failures === 1 || this.failures % 20 === 0)
          this.logger.warn(`outbox relay cannot publish yet (attempt ${this.failures}): ${(error as Error).message}`);
      }
      const pause = this.failures === 0 ? idle : Math.min(RETRY_BASE_MS * 2 ** this.failures, MAX_BACKOFF_MS);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /**
   * One claimed batch: every row in one `addBulk` per queue inside the claim transaction. If that fails, the rows
   * go one by one to find the one at fault: Redis unreachable, this one and the rest wait for the next round;
   * Redis fine but this row refused, it is counted (set aside at last, outbox-poison.ts) and the rest go on.
   */
  private async publishBatch(): Promise<number> {
    let failure: Error | undefined;
    const published = await this.orm.em.fork().transactional(async (em) => {
      const rows = await em.getRepository(OutboxMessage).claimUnsent(BATCH);
      const routable: OutboxMessage[] = [];
      for (const row of rows) {
        if (this.queues.has(row.queue)) routable.push(row);
        else await this.poison.failed(row, new Error(`Queue "${row.queue}" is not registered in this app`), undefined);
      }
      if (routable.length === 0) return 0;
      try {
        const jobs = routable.map((row) => this.jobOf(row));
        await withTimeout(this.client.emitBatch(jobs), PUBLISH_TIMEOUT_MS, `publish ${jobs.length} message(s)`);
        const sentAt = this.clock.now();
        for (const row of routable) row.sentAt = sentAt;
        return routable.length;
      } catch {
        const result = await this.publishOneByOne(routable);
        failure = result.failure;
        return result.count;
      }
    });
    if (failure) throw failure;
    return published;
  }

  private async publishOneByOne(rows: OutboxMessage[]): Promise<{ count: number; failure?: Error }> {
    let count = 0;
    for (const row of rows) {
      const job = this.jobOf(row);
      try {
        await withTimeout(lastValueFrom(this.client.emit(row.type, job)), PUBLISH_TIMEOUT_MS, `publish ${row.type}`);
        row.sentAt = this.clock.now();
        count += 1;
      } catch (error) {
        if ((await this.poison.failed(row, error as Error, this.queues.get(job.queue))) === 'stop')
          return { count, failure: error as Error };
      }
    }
    return { count };
  }

  private jobOf(row: OutboxMessage): OutboundJob {
    // BullMQ delays count real milliseconds from now; the clock may be shifted, so measure with it.
    const delay = row.deliverAt ? Math.max(0, row.deliverAt.getTime() - this.clock.now().getTime()) : undefined;
    const priority = row.bulk ? BULK_PRIORITY : undefined;
    return { queue: row.queue as QueueName, type: row.type, payload: row.payload, jobId: row.id, delay, priority };
  }
}
