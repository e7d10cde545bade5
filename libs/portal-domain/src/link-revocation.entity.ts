import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Every link to this case issued before `revokedBefore` is refused, opened yet or not. */
@Entity({ tableName: 'portal_link_revocation' })
export class LinkRevocation {
  @PrimaryKey({ type: 'uuid' })
  caseId: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  revokedBefore: Date;
}
