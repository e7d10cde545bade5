import { Entity, EntityRepositoryType, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ExplanationStep } from '../calculus/explanation';
import type { PeriodUnit } from '../calculus/period';
import type { DeadlineKind } from '../policies/deadline-policy';
import { DeadlineRepository } from './deadline.repository';

export const DEADLINE_STATUSES = ['open', 'met', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** One statutory deadline of one subject (a filing case, a sharing duty, ...), in its owning service's database. */
@Entity({ tableName: 'deadline', repository: () => DeadlineRepository })
@Unique({ name: 'deadline_subject_kind_unique', properties: ['subjectType', 'subjectId', 'kind'] })
// What falls due in the next days, read from the index alone (the overview's "due within 7 days").
@Index({
  name: 'deadline_open_due_idx',
  expression: `create index "deadline_open_due_idx" on "deadline" ("due_at", "kind", "region_code") where "status" = 'open'`,
})
export class Deadline {
  [EntityRepositoryType]?: DeadlineRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 32 })
  kind: DeadlineKind;

  @Property({ type: 'string', length: 32 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  @Property({ type: 'string', length: 6, nullable: true })
  regionCode?: string;

  @Property({ type: 'date' })
  startOn: string;

  @Property({ type: 'integer' })
  periodAmount: number;

  @Property({ type: 'string', length: 16 })
  periodUnit: PeriodUnit;

  @Property({ type: 'date' })
  dueOn: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @Property({ type: 'boolean' })
  provisional: boolean;

  /** In English, as the API shows it. */
  @Property({ type: 'json' })
  explanation: string[];

  /** The same as steps each notice phrases in its own language; absent on rows from before steps. */
  @Property({ type: 'json', nullable: true })
  explanationSteps?: ExplanationStep[];

  @Property({ type: 'string', length: 16 })
  status: DeadlineStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  openedAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date;

  /** When it went past due while open: its breach rung fired, or it was imported already overdue. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  breachedAt?: Date;
}
