import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { OutboxMessage } from '../outbox-message.entity';
import { OutboxRelay } from '../outbox-relay';

export type RepublishReason = 'redis_loss' | 'operator';

/**
 * Publishes a window of already-sent outbox rows again, by making them unsent: the relay then publishes them
 * its usual way (job id = message id). Whatever Redis still holds under that id is left as it is (BullMQ ignores
 * an add for an existing job id); what it lost comes back. Consumers skip what they handled (inbox, delivery row).
 */
@Injectable()
export class OutboxRepublisher {
  private readonly logger = new Logger(OutboxRepublisher.name);
  private readonly republished: Counter<'reason'>;

  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    registry: Registry,
  ) {
    this.republished = new Counter({
      name: 'tuoyu_outbox_republished_total',
      help: 'Outbox rows published again, after a Redis data loss or by an operator replay',
      labelNames: ['reason'],
      registers: [registry],
    });
  }

  /** Rows sent in [since, until) are published again; returns how many. */
  async republishSentBetween(since: Date, until: Date, reason: RepublishReason): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    const count = await em.getRepository(OutboxMessage).markUnsentSentBetween(since, until);
    if (count > 0) {
      this.republished.inc({ reason }, count);
      this.logger.warn(
        `${count} outbox row(s) sent ${since.toISOString()} – ${until.toISOString()} published again (${reason})`,
      );
      this.relay.wake();
    }
    return count;
  }
}
