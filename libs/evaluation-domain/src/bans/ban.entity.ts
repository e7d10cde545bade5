import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { BanSubject } from '@tuoyu/contracts';

/**
 * A lifetime ban of a person (终身禁入) or a credit sanction of an institution (失信). A person is kept only as
 * the keyed hash of the resident ID and its masked form: the number itself is never stored.
 */
@Entity({ tableName: 'ban' })
export class Ban {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 16 })
  subject: BanSubject;

  @Property({ type: 'string', length: 64, nullable: true })
  @Index({ name: 'ban_person_index' })
  personIdHash?: string;

  @Property({ type: 'string', length: 18, nullable: true })
  personIdMasked?: string;

  @Property({ type: 'string', length: 18, nullable: true })
  uscc?: string;

  @Property({ type: 'string', length: 500 })
  reason: string;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'date' })
  recordedOn: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;
}
