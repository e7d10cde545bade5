import { Entity, EntityRepositoryType, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { FilingCase } from '../filing-case.entity';
import { HandoffRepository } from './handoff.repository';

/**
 * A registration handed to the county health department: held while the region has no department, shared
 * (in the department's inbox, the registration side told) once it has one, then leased and acknowledged by
 * the department's system.
 */
@Entity({ tableName: 'handoff', repository: () => HandoffRepository })
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
}
