import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { BanSubject } from '@tuoyu/contracts';

/** The filing side's copy of a ban (终身禁入) or credit sanction (失信) recorded by the evaluation service. */
@Entity({ tableName: 'ban_record' })
export class BanRecord {
  /** The evaluation service's ban id: a redelivered BanRecorded finds this row. */
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 16 })
  subject: BanSubject;

  @Property({ type: 'string', length: 64, nullable: true, index: 'ban_record_person_idx' })
  personIdHash?: string;

  @Property({ type: 'string', length: 18, nullable: true, index: 'ban_record_uscc_idx' })
  uscc?: string;

  @Property({ type: 'string', length: 500 })
  reason: string;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'date' })
  recordedOn: string;
}
