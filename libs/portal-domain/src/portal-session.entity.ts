import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@tuoyu/identity';

/**
 * A browser's session at the portal, kept server-side: the cookie holds a random token, the table its SHA-256.
 * A session opened by an emailed link is read-only and scoped to one case; a sign-in with a code acts.
 */
@Entity({ tableName: 'portal_session' })
export class PortalSession {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash: string;

  @Property({ type: 'string', length: 20 })
  role: Role;

  @Property({ type: 'string', length: 6, nullable: true })
  region?: string;

  @Property({ type: 'string', length: 18, nullable: true })
  uscc?: string;

  /** Who signed in, as the directory or registration names them (shown in the page header). */
  @Property({ type: 'string', length: 200 })
  name: string;

  /** Set for a link session: the one case it may read. */
  @Property({ type: 'uuid', nullable: true })
  caseId?: string;

  @Property({ type: 'boolean' })
  readOnly: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSeenAt: Date;

  /** The absolute end, however active the session is. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  endedAt?: Date;
}
