import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@tuoyu/identity';

/** One code sent to one address: short-lived, single-use, attempt-limited; only its keyed hash is stored. */
@Entity({ tableName: 'portal_sign_in_code' })
export class SignInCode {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 20 })
  role: Role;

  @Property({ type: 'string', length: 6, nullable: true })
  region?: string;

  @Property({ type: 'string', length: 18, nullable: true })
  uscc?: string;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 254 })
  email: string;

  @Property({ type: 'string', length: 64 })
  codeHash: string;

  @Property({ type: 'integer' })
  attempts: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt?: Date;
}
