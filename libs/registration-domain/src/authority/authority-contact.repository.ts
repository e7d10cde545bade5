import { EntityRepository } from '@mikro-orm/postgresql';
import type { AuthorityKind } from '../registration.entity';
import type { AuthorityContact } from './authority-contact.entity';

export class AuthorityContactRepository extends EntityRepository<AuthorityContact> {
  /** The nearest entry covering the county: the county's own, else its prefecture's, else its province's. */
  async nearest(authorityKind: AuthorityKind, countyCode: string): Promise<AuthorityContact | null> {
    const candidates = [countyCode, `${countyCode.slice(0, 4)}00`, `${countyCode.slice(0, 2)}0000`];
    const found = await this.find({ authorityKind, regionCode: { $in: candidates } });
    return candidates.map((code) => found.find((c) => c.regionCode === code)).find(Boolean) ?? null;
  }
}
