import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import type { AuthorityKind } from '../registration.entity';
import { AuthorityContactRepository } from './authority-contact.repository';

/**
 * Where a registration authority (机构编制 / 民政 / 市场监管 / 行政审批) of a region is reached: the sharing
 * duty's reminders go here. A city- or province-level entry covers the counties below it.
 */
@Entity({ tableName: 'authority_contact', repository: () => AuthorityContactRepository })
export class AuthorityContact {
  [EntityRepositoryType]?: AuthorityContactRepository;

  @PrimaryKey({ type: 'string', length: 6 })
  regionCode: string;

  @PrimaryKey({ type: 'string', length: 32 })
  authorityKind: AuthorityKind;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 254 })
  email: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date;
}
