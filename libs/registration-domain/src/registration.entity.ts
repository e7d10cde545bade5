import { Entity, EntityRepositoryType, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { InstitutionNature, ServiceType } from '@tuoyu/contracts';
import { RegistrationRepository } from './registration.repository';

export const AUTHORITY_KINDS = ['establishment', 'civil_affairs', 'market_regulation', 'approval_bureau'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/** An approved registration (核准登记) as the registration authority recorded it. */
@Entity({ tableName: 'registration', repository: () => RegistrationRepository })
export class Registration {
  [EntityRepositoryType]?: RegistrationRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 18 })
  @Unique({ name: 'registration_uscc_unique' })
  uscc: string;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 32 })
  nature: InstitutionNature;

  @Property({ type: 'string', length: 32 })
  authorityKind: AuthorityKind;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'string', length: 300 })
  address: string;

  @Property({ type: 'string', length: 100 })
  legalRepresentativeName: string;

  /** The ID number is never stored in clear: a masked form to show and a keyed hash to match ban lists. */
  @Property({ type: 'string', length: 18 })
  legalRepresentativeIdMasked: string;

  @Property({ type: 'string', length: 64 })
  legalRepresentativeIdHash: string;

  @Property({ type: 'string', length: 254 })
  contactEmail: string;

  @Property({ type: 'string', length: 32 })
  contactPhone: string;

  @Property({ type: 'text' })
  businessScope: string;

  @Property({ type: 'json' })
  serviceTypes: ServiceType[];

  @Property({ type: 'integer' })
  capacity: number;

  @Property({ type: 'boolean' })
  inclusive: boolean;

  @Property({ type: 'date' })
  approvedOn: string;

  @Property({ type: 'string', length: 16 })
  status: 'approved' | 'cancelled';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;
}
