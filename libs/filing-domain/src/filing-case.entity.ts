import { Entity, EntityRepositoryType, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ServiceType } from '@tuoyu/contracts';
import { type FilingEvent, type FilingStatus, nextFilingStatus } from './case/filing-transitions';
import { FilingCaseRepository } from './filing-case.repository';

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

  /** 备案回执 number, once the department accepted the filing. */
  @Property({ type: 'string', length: 64, nullable: true })
  receiptNumber?: string;

  @Property({ type: 'date', nullable: true })
  filedOn?: string;

  /** Published reasons when the filing was found non-compliant (不符合备案要求). */
  @Property({ type: 'json', nullable: true })
  nonComplianceReasons?: string[];

  @Property({ type: 'date', nullable: true })
  decidedOn?: string;

  /** The latest published quality evaluation level (A–D), disclosed with the filing. */
  @Property({ type: 'string', length: 1, nullable: true })
  evaluationLevel?: string;

  @Property({ type: 'date', nullable: true })
  evaluationPublishedOn?: string;

  /** The only way the status changes: illegal events are a 409 naming the current status. */
  apply(event: FilingEvent): FilingStatus {
    this.status = nextFilingStatus(this.id, this.status, event);
    return this.status;
  }
}
