import { Entity, EntityRepositoryType, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { NotificationRequested } from '@tuoyu/contracts';
import { DeliveryRepository } from './delivery.repository';

/**
 * pending: no attempt under way (new, or waiting to retry); sending: an attempt is claimed (committed before the
 * SMTP conversation) and its outcome not yet recorded; sent / failed: the outcome, committed after it.
 */
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One row per idempotency key, written before sending: the evidence that a notice was served, once. */
@Entity({ tableName: 'delivery', repository: () => DeliveryRepository })
@Index({
  name: 'delivery_unfinished_idx',
  expression: `create index "delivery_unfinished_idx" on "delivery" ("idempotency_key") where "status" in ('pending', 'sending')`,
})
export class Delivery {
  [EntityRepositoryType]?: DeliveryRepository;

  @PrimaryKey({ type: 'string', length: 200 })
  idempotencyKey: string;

  @Property({ type: 'string', length: 300 })
  messageId: string;

  @Property({ type: 'json' })
  recipients: string[];

  @Property({ type: 'string', length: 64 })
  template: string;

  @Property({ type: 'string', length: 8 })
  locale: string;

  @Property({ type: 'string', length: 16 })
  status: DeliveryStatus;

  @Property({ type: 'integer' })
  attempts: number;

  @Property({ type: 'text', nullable: true })
  subject?: string;

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date;

  /** While sending: the claim's lease. A row still `sending` after it is an attempt whose sender died. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  claimedUntil?: Date;

  /** Attempts that ended without a recorded outcome (the mail may or may not have gone): resent once at most. */
  @Property({ type: 'integer', default: 0 })
  ambiguousAttempts: number = 0;

  /** The request as received: what a redrive after a Redis data loss puts back on the queue (null before it was kept). */
  @Property({ type: 'json', nullable: true })
  request?: NotificationRequested;
}
