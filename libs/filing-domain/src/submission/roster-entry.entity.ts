import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { FilingCase } from '../filing-case.entity';
import type { StaffRole } from './filing-materials';

/**
 * A carer on an institution's roster. Only the keyed hash and the masked number are kept; the partial unique
 * index (one active row per person) is what refuses the same carer at two institutions, even under races.
 */
@Entity({ tableName: 'roster_entry' })
@Index({ name: 'roster_entry_case_idx', properties: ['filingCase'] })
@Unique({
  name: 'roster_entry_active_person_unique',
  expression:
    'create unique index "roster_entry_active_person_unique" on "roster_entry" ("person_id_hash") where "active"',
})
export class RosterEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne({ entity: () => FilingCase, deleteRule: 'cascade' })
  filingCase: FilingCase;

  @Property({ type: 'uuid' })
  submissionId: string;

  @Property({ type: 'string', length: 64 })
  personIdHash: string;

  @Property({ type: 'string', length: 18 })
  personIdMasked: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 32 })
  role: StaffRole;

  @Property({ type: 'boolean' })
  active: boolean;
}
