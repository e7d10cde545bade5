import { Entity, EntityRepositoryType, Index, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { FilingCase } from '../filing-case.entity';
import { HandoffRepository } from './handoff.repository';

export type HandoffWebhookStatus = 'none' | 'pending' | 'delivered' | 'dead';

/**
 * A registration handed to the county health department: held while the region has no department, shared
 * (in the department's inbox, the registration side told) once it has one, then leased and acknowledged by
 * the department's system.
 */
@Entity({ tableName: 'handoff', repository: () => HandoffRepository })
@Index({
  name: 'handoff_inbox_idx',
  expression:
    'create index "handoff_inbox_idx" on "handoff" ("region_code", "shared_at") where "acknowledged_at" is null',
})
export class Handoff {
  [EntityRepositoryType]?: HandoffRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @OneToOne({ entity: () => FilingCase, owner: true, unique: 'handoff_filing_case_unique', deleteRule: 'cascade' })
  filingCase: FilingCase;

  @Property({ type: 'string', length: 6, index: 'handoff_region_idx' })
  regionCode: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sharedAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  leasedUntil?: Date;

  @Property({ type: 'integer' })
  deliveries: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acknowledgedAt?: Date;

  /** Push to the department's own system: none (no webhook configured), pending, delivered or dead. */
  @Property({ type: 'string', length: 16 })
  webhookStatus: HandoffWebhookStatus = 'none';

  @Property({ type: 'integer' })
  webhookAttempts: number = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  webhookLastError?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  webhookDeliveredAt?: Date;
}
