import { Entity, EntityRepositoryType, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AuditEntryRepository } from './audit-entry.repository';

/**
 * One decision or change, as it happened: who (role, subject, region), what (action on a subject), when and in
 * which request. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (see the migration).
 */
@Entity({ tableName: 'audit_entry', repository: () => AuditEntryRepository })
@Index({ name: 'audit_entry_action_idx', properties: ['action', 'at'] })
@Index({ name: 'audit_entry_subject_idx', properties: ['subject', 'at'] })
export class AuditEntry {
  [EntityRepositoryType]?: AuditEntryRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date;

  @Property({ type: 'string', length: 60 })
  action: string;

  /** `kind:id` of what the action was on, e.g. `filing_case:<uuid>`; a person only by a masked ID. */
  @Property({ type: 'string', length: 200 })
  subject: string;

  /** The caller's role, or `system` for a worker or timer, `public` for a caller without an account. */
  @Property({ type: 'string', length: 20 })
  actorRole: string;

  @Property({ type: 'string', length: 200, nullable: true })
  actorSubject?: string;

  @Property({ type: 'string', length: 6, nullable: true })
  actorRegion?: string;

  @Property({ type: 'string', length: 100, nullable: true })
  requestId?: string;

  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown>;
}
