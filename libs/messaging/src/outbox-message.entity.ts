import { Entity, EntityRepositoryType, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { OutboxMessageRepository } from './outbox-message.repository';

/** A message waiting to be published, written in the same transaction as the change that caused it. */
@Entity({ tableName: 'outbox_message', repository: () => OutboxMessageRepository })
// The relay's claim order: live rows first, then bulk ones, each oldest first.
@Index({
  name: 'outbox_message_unsent_idx',
  expression:
    'create index "outbox_message_unsent_idx" on "outbox_message" ("bulk", "created_at") where "sent_at" is null',
})
@Index({
  name: 'outbox_message_sent_idx',
  expression: 'create index "outbox_message_sent_idx" on "outbox_message" ("sent_at") where "sent_at" is not null',
})
export class OutboxMessage {
  [EntityRepositoryType]?: OutboxMessageRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 64 })
  queue: string;

  @Property({ type: 'string', length: 64 })
  type: string;

  @Property({ type: 'json' })
  payload: object;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date;

  /** When set, the job is published delayed until then (a deadline rung's fast path). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliverAt?: Date;

  /**
   * Bulk work (an import's messages): published behind every other job of its queue (a BullMQ priority), so a
   * 100,000-row import does not hold up a sign-in code or a new registration's handoff.
   */
  @Property({ type: 'boolean', default: false })
  bulk: boolean = false;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  /** Set when the row failed OUTBOX_MAX_ATTEMPTS times while Redis took other work: it no longer blocks anything. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  setAsideAt?: Date;
}
