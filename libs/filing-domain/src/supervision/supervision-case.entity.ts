import { Entity, EntityRepositoryType, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { SupervisionCaseKind } from '@tuoyu/contracts';
import { SupervisionCaseRepository } from './supervision-case.repository';

/**
 * A complaint or incident of a region as the evaluation service last reported it (SupervisionCaseChanged): filing
 * keeps this copy so the department's morning digest lists open supervision work beside its filings.
 */
@Entity({ tableName: 'supervision_case', repository: () => SupervisionCaseRepository })
@Index({ name: 'supervision_case_region_open_index', properties: ['regionCode', 'status'] })
export class SupervisionCase {
  [EntityRepositoryType]?: SupervisionCaseRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 16 })
  kind: SupervisionCaseKind;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'string', length: 40 })
  reference: string;

  @Property({ type: 'string', length: 200 })
  institutionName: string;

  @Property({ type: 'string', length: 200 })
  topic: string;

  @Property({ type: 'string', length: 8 })
  status: 'open' | 'closed';

  @Property({ type: 'date' })
  dueOn: string;

  /** The evaluation service's time of the change: an older message never overwrites a newer state. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt: Date;
}
