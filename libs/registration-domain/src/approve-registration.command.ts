import type { InstitutionNature, ServiceType } from '@tuoyu/contracts';
import type { AuthorityKind } from './registration.entity';

/** What an authority submits to record an approved registration (api.md POST /registrations). */
export interface ApproveRegistrationCommand {
  uscc: string;
  name: string;
  nature: InstitutionNature;
  authorityKind: AuthorityKind;
  regionCode: string;
  address: string;
  legalRepresentative: { name: string; idNumber: string };
  contact: { email: string; phone: string };
  businessScope: string;
  serviceTypes: ServiceType[];
  capacity: number;
  inclusive: boolean;
  approvedOn: string;
}
