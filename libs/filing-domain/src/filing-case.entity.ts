import { Entity, EntityRepositoryType, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ServiceType } from '@tuoyu/contracts';
import { FilingCaseRepository } from './filing-case.repository';

export const FILING_STATUSES = [
  'awaiting_submission',
  'submitted',
  'correction_requested',
  'filed',
  'rejected',
  'overdue',
  'closed',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** One institution's filing (备案) with its county health department, opened when the registration arrives. */
@Entity({ tableName: 'filing_case', repository: () => FilingCaseRepository })
export class FilingCase {
  [EntityRepositoryType]?: FilingCaseRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  /** One case per registration: a second handoff of the same registration finds this one. */
  @Property({ type: 'uuid' })
  @Unique({ name: 'filing_case_registration_unique' })
  registrationId: string;

  @Property({ type: 'string', length: 18 })
  uscc: string;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 6, index: 'filing_case_region_idx' })
  regionCode: string;

  @Property({ type: 'string', length: 300 })
  address: string;

  @Property({ type: 'string', length: 254 })
  contactEmail: string;

  @Property({ type: 'json' })
  serviceTypes: ServiceType[];

  @Property({ type: 'integer' })
  capacity: number;

  @Property({ type: 'boolean' })
  inclusive: boolean;

  @Property({ type: 'date' })
  registrationApprovedOn: string;

  @Property({ type: 'date' })
  dueOn: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @Property({ type: 'json' })
  dueExplanation: string[];

  @Property({ type: 'string', length: 32 })
  status: FilingStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  openedAt: Date;
}
