import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const PROVINCIAL_EVENTS = ['registration.approved', 'registration.changed', 'registration.cancelled'] as const;
export type ProvincialEvent = (typeof PROVINCIAL_EVENTS)[number];

/** One registration event pushed to the province's data-sharing platform: its delivery state and evidence. */
@Entity({ tableName: 'provincial_push' })
export class ProvincialPush {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid', index: 'provincial_push_registration_idx' })
  registrationId: string;

  @Property({ type: 'string', length: 32 })
  event: ProvincialEvent;

  /** The facts as they were when the event happened (never a full ID number). */
  @Property({ type: 'json' })
  data: Record<string, unknown>;

  @Property({ type: 'string', length: 16 })
  status: 'pending' | 'delivered' | 'dead' = 'pending';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date;
}
