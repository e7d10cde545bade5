import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An emailed link that was opened, by the SHA-256 of its capability: the ledger revocation works on. */
@Entity({ tableName: 'portal_link_grant' })
export class LinkGrant {
  @PrimaryKey({ type: 'string', length: 64 })
  capabilityHash: string;

  @Property({ type: 'uuid' })
  caseId: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  issuedAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  firstUsedAt: Date;

  @Property({ type: 'integer' })
  uses: number;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
