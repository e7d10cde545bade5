import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One row per department and working day: the claim that makes the daily digest go out once. */
@Entity({ tableName: 'digest_log' })
export class DigestLog {
  @PrimaryKey({ type: 'string', length: 6 })
  regionCode: string;

  @PrimaryKey({ type: 'date' })
  date: string;

  /** False when there was nothing to say (no email is sent then). */
  @Property({ type: 'boolean' })
  sent: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  decidedAt: Date;
}
