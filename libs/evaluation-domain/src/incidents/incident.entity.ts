import { Entity, EntityRepositoryType, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { IncidentKind, IncidentSeverity, IncidentSource, IncidentStatus } from './incident-kinds';
import { IncidentRepository } from './incident.repository';

/**
 * 安全事故/突发事件 at an institution: reported by it, or recorded by the department that learned of it
 * elsewhere (then the institution's report is still due, and its absence at the limit is flagged).
 */
@Entity({ tableName: 'incident', repository: () => IncidentRepository })
@Index({
  name: 'incident_unreported_index',
  expression: `create index "incident_unreported_index" on "incident" ("report_due_at") where "reported_at" is null and not "not_reported"`,
})
export class Incident {
  [EntityRepositoryType]?: IncidentRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  @Index({ name: 'incident_subject_index' })
  subjectId: string;

  @Property({ type: 'string', length: 18 })
  uscc: string;

  @Property({ type: 'string', length: 200 })
  institutionName: string;

  @Property({ type: 'string', length: 6 })
  @Index({ name: 'incident_region_index' })
  regionCode: string;

  @Property({ type: 'string', length: 200, nullable: true })
  departmentName?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  departmentEmail?: string;

  @Property({ type: 'string', length: 32 })
  kind: IncidentKind;

  @Property({ type: 'string', length: 16 })
  severity: IncidentSeverity;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt: Date;

  @Property({ type: 'integer' })
  childrenAffected: number;

  @Property({ type: 'text', nullable: true })
  actionsTaken?: string;

  @Property({ type: 'text', nullable: true })
  description?: string;

  @Property({ type: 'string', length: 16 })
  source: IncidentSource;

  /** The institution's report; absent while only the department knows. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reportedAt?: Date;

  /** occurredAt + the severity's report limit. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  reportDueAt: Date;

  @Property({ type: 'boolean' })
  reportedLate: boolean;

  /** Flagged: the department knew of it and the institution had not reported by reportDueAt (迟报/瞒报). */
  @Property({ type: 'boolean' })
  notReported: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  learnedAt?: Date;

  @Property({ type: 'string', length: 16 })
  status: IncidentStatus;

  @Property({ type: 'date' })
  followUpDueOn: string;

  @Property({ type: 'text', nullable: true })
  conclusion?: string;

  @Property({ type: 'date', nullable: true })
  concludedOn?: string;

  /** Bans (终身禁入 / 失信) the department recorded at POST /bans because of this incident. */
  @Property({ type: 'json' })
  banIds: string[];

  @Property({ type: 'uuid', nullable: true })
  inspectionId?: string;

  @Property({ type: 'uuid', nullable: true })
  rectificationOrderId?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;
}
