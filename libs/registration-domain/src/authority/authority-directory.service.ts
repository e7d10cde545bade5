import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { shanghaiIso } from '@tuoyu/deadlines';
import { NotFoundError } from '@tuoyu/kernel';
import type { AuthorityKind } from '../registration.entity';
import { AuthorityContact } from './authority-contact.entity';

export interface AuthorityContactView {
  regionCode: string;
  authorityKind: AuthorityKind;
  name: string;
  email: string;
  updatedAt: string;
}

function toView(contact: AuthorityContact): AuthorityContactView {
  return {
    regionCode: contact.regionCode,
    authorityKind: contact.authorityKind,
    name: contact.name,
    email: contact.email,
    updatedAt: shanghaiIso(contact.updatedAt),
  };
}

/** The registration authorities' contacts (PUT/GET /authorities/:regionCode/:authorityKind). */
@Injectable()
export class AuthorityDirectory {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async put(
    regionCode: string,
    authorityKind: AuthorityKind,
    entry: { name: string; email: string },
  ): Promise<AuthorityContactView> {
    // INSERT … ON CONFLICT DO UPDATE: concurrent PUTs for a new entry never fail on the primary key.
    return this.em.fork().transactional(async (em) => {
      const contact = await em.upsert(AuthorityContact, {
        regionCode,
        authorityKind,
        name: entry.name,
        email: entry.email,
        updatedAt: this.clock.now(),
      });
      this.audit.record(em, 'authority.put', `authority:${regionCode}/${authorityKind}`, { ...entry });
      return toView(contact);
    });
  }

  async list(): Promise<AuthorityContactView[]> {
    const contacts = await this.em
      .fork()
      .find(AuthorityContact, {}, { orderBy: { regionCode: 'asc', authorityKind: 'asc' } });
    return contacts.map(toView);
  }

  async get(regionCode: string, authorityKind: AuthorityKind): Promise<AuthorityContactView> {
    const contact = await this.em.fork().findOne(AuthorityContact, { regionCode, authorityKind });
    if (!contact)
      throw new NotFoundError(`No ${authorityKind} authority contact is registered for region ${regionCode}`);
    return toView(contact);
  }
}
