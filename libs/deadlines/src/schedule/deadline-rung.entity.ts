import { Entity, EntityRepositoryType, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Deadline } from './deadline.entity';
import { DeadlineRungRepository } from './deadline-rung.repository';

/** skipped: due while a later rung of the deadline was also due, or a before-due reminder past its grace. */
export const RUNG_STATUSES = ['pending', 'fired', 'skipped', 'cancelled'] as const;
export type RungStatus = (typeof RUNG_STATUSES)[number];
export type FiredBy = 'fast_path' | 'sweeper';

/**
 * One reminder rung of a deadline. Unique per (deadline, rung): firing is the claim pending → fired, taken under
 * a row lock, so the delayed job and the sweeper (and any number of replicas) fire it once between them.
 */
@Entity({ tableName: 'deadline_rung', repository: () => DeadlineRungRepository })
@Unique({ name: 'deadline_rung_unique', properties: ['deadline', 'rung'] })
@Index({
  name: 'deadline_rung_pending_idx',
  expression: `create index "deadline_rung_pending_idx" on "deadline_rung" ("fire_at") where "status" = 'pending'`,
})
export class DeadlineRung {
  [EntityRepositoryType]?: DeadlineRungRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne({ entity: () => Deadline, deleteRule: 'cascade' })
  deadline: Deadline;

  /** The ladder rung, e.g. due_in_7_days, breach, overdue_weekly#2. */
  @Property({ type: 'string', length: 48 })
  rung: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  fireAt: Date;

  @Property({ type: 'string', length: 16 })
  status: RungStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firedAt?: Date;

  @Property({ type: 'string', length: 16, nullable: true })
  firedBy?: FiredBy;

  /** When its delayed job went into the outbox: at planning within the horizon, else when the sweeper queued it. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  queuedAt?: Date;
}
