import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable, Optional } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageTypeOf, PayloadOf, QueueName } from '@tuoyu/contracts';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRelay } from './outbox-relay';

/** A message as add() would write it, for addMany(). */
export type OutboxDraft = Pick<
  OutboxMessage,
  'id' | 'queue' | 'type' | 'payload' | 'createdAt' | 'deliverAt' | 'bulk' | 'attempts'
>;

/** `deliverAt`: published delayed until then. `bulk`: an import's message, behind every other (OutboxMessage.bulk). */
export interface OutboxOptions {
  deliverAt?: Date;
  bulk?: boolean;
}

/**
 * The only way domain code sends a message: it joins the caller's unit of work, so the message exists
 * if and only if the change that caused it was committed. The relay publishes it afterwards.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly clock: Clock,
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  add<Q extends QueueName, T extends MessageTypeOf<Q>>(
    em: EntityManager,
    queue: Q,
    type: T,
    payload: PayloadOf<Q, T>,
    options: OutboxOptions = {},
  ): OutboxMessage {
    const message = em.create(OutboxMessage, this.draft(queue, type, payload, options));
    em.persist(message);
    return message;
  }

  /** A message for addMany(), checked as add() checks it. */
  draft<Q extends QueueName, T extends MessageTypeOf<Q>>(
    queue: Q,
    type: T,
    payload: PayloadOf<Q, T>,
    options: OutboxOptions = {},
  ): OutboxDraft {
    return {
      id: randomUUID(),
      queue,
      type,
      payload,
      createdAt: this.clock.now(),
      deliverAt: options.deliverAt,
      bulk: options.bulk ?? false,
      attempts: 0,
    };
  }

  /** Outbox rows were written without a flush (insertInOneStatement): the relay is woken as a flush would wake it. */
  written(em: EntityManager): void {
    this.relay?.rowsInserted(em);
  }

  /**
   * Bulk work (an import chunk): the messages in one insert in the caller's transaction, bypassing the unit of
   * work whose per-entity cost dominated the import. The relay is woken as a flush would wake it.
   */
  async addMany(em: EntityManager, drafts: OutboxDraft[]): Promise<void> {
    if (!drafts.length) return;
    await em.insertMany(OutboxMessage, drafts);
    this.relay?.rowsInserted(em);
  }
}
