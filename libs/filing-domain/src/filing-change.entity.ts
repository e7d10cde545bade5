import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { RegistrationChanges } from '@tuoyu/contracts';
import { FilingCase } from './filing-case.entity';
import type { SubmittedDocument } from './submission/filing-materials';

/** A registration change (变更登记) the institution must file (变更备案), with its own deadline. */
@Entity({ tableName: 'filing_change' })
export class FilingChange {
  /** The registration service's change id: one row per change, however often the message arrives. */
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne({ entity: () => FilingCase, deleteRule: 'cascade' })
  filingCase: FilingCase;

  @Property({ type: 'date' })
  changedOn: string;

  @Property({ type: 'json' })
  changes: RegistrationChanges;

  @Property({ type: 'string', length: 32 })
  status: 'awaiting_submission' | 'submitted' | 'closed';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date;

  /** The uploaded documents the institution filed for the change. */
  @Property({ type: 'json', nullable: true })
  documents?: SubmittedDocument[];
}
