import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { DeadlineCountRepository } from './deadline-count.repository';

/**
 * A change in open and breached deadlines of one kind and region, appended by the deadline table's triggers
 * (deadline-count.migration.ts); the sums over these rows are the counts. Never written by the application.
 */
@Entity({ tableName: 'deadline_count', repository: () => DeadlineCountRepository })
export class DeadlineCount {
  [EntityRepositoryType]?: DeadlineCountRepository;

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'string', length: 32 })
  kind: string;

  /** '' when the deadline has no region. */
  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'integer' })
  open: number;

  @Property({ type: 'integer' })
  breached: number;
}
