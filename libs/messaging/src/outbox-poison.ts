import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, Gauge, Registry } from 'prom-client';
import { OutboxMessage } from './outbox-message.entity';
import { withTimeout } from './with-timeout';

const PING_TIMEOUT_MS = 1000;

/**
 * A row that fails to publish while Redis takes other work is poison (an unknown queue, a payload Redis refuses):
 * it is counted, and after OUTBOX_MAX_ATTEMPTS set aside for an administrator (GET /outbox/set-aside), so the
 * rows behind it flow. While Redis itself is unreachable every row fails alike: the relay stops and waits, and
 * nothing is set aside for it.
 */
@Injectable()
export class OutboxPoison implements OnModuleInit {
  private readonly logger = new Logger(OutboxPoison.name);
  private setAsideTotal?: Counter;

  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly registry: Registry,
    private readonly orm: MikroORM,
  ) {}

  onModuleInit(): void {
    this.setAsideTotal = new Counter({
      name: 'tuoyu_outbox_set_aside_total',
      help: 'Outbox rows set aside after failing OUTBOX_MAX_ATTEMPTS times while Redis took other work',
      registers: [this.registry],
    });
    const orm = this.orm;
    new Gauge({
      name: 'tuoyu_outbox_set_aside',
      help: 'Outbox rows set aside, waiting for an administrator (GET /outbox/set-aside)',
      registers: [this.registry],
      async collect() {
        try {
          this.set(await orm.em.fork().getRepository(OutboxMessage).countSetAside());
        } catch {
          // Database down: /health says so; the gauge keeps its last value.
        }
      },
    });
  }

  /** Records the failure on the row; 'continue' with the next row when only this one is at fault. */
  async failed(row: OutboxMessage, error: Error, queue: Queue | undefined): Promise<'stop' | 'continue'> {
    row.attempts += 1;
    row.lastError = error.message.slice(0, 1000);
    if (queue && !(await this.answers(queue))) return 'stop';
    if (row.attempts >= this.config.outboxReliability.maxAttempts) {
      row.setAsideAt = this.clock.now();
      this.setAsideTotal?.inc();
      this.logger.error(
        `outbox row ${row.id} (${row.queue}/${row.type}) set aside after ${row.attempts} attempts: ${row.lastError}`,
      );
    }
    return 'continue';
  }

  private async answers(queue: Queue): Promise<boolean> {
    try {
      await withTimeout(
        queue.client.then((client) => (client as unknown as Redis).ping()),
        PING_TIMEOUT_MS,
        'ping',
      );
      return true;
    } catch {
      return false;
    }
  }
}
