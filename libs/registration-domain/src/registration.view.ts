import { type DeadlineRung, shanghaiIso } from '@tuoyu/deadlines';
import type { ProvincialPush } from './provincial/provincial-push.entity';
import type { Registration } from './registration.entity';
import type { SharingDuty, SharingDutyStatus } from './sharing-duty.entity';

export interface RegistrationView {
  id: string;
  uscc: string;
  name: string;
  nature: string;
  authorityKind: string;
  regionCode: string;
  address: string;
  legalRepresentative: { name: string; idNumber: string };
  contact: { email: string; phone: string };
  businessScope: string;
  serviceTypes: string[];
  capacity: number;
  inclusive: boolean;
  approvedOn: string;
  status: string;
  createdAt: string;
  sharing: {
    dueOn: string;
    dueAt: string;
    status: SharingDutyStatus;
    deliveredAt: string | null;
    filingCaseId: string | null;
    /** The duty's reminder rungs (api.md style, as GET /filings shows them). */
    reminders: { kind: string; fireAt: string; status: string }[];
  };
  /** Pushes to the provincial data-sharing platform, when the province has one configured. */
  provincialPushes: {
    event: string;
    status: string;
    attempts: number;
    lastError: string | null;
    deliveredAt: string | null;
  }[];
}

export function toRegistrationView(
  registration: Registration,
  duty: SharingDuty,
  rungs: DeadlineRung[] = [],
  pushes: ProvincialPush[] = [],
): RegistrationView {
  return {
    id: registration.id,
    uscc: registration.uscc,
    name: registration.name,
    nature: registration.nature,
    authorityKind: registration.authorityKind,
    regionCode: registration.regionCode,
    address: registration.address,
    legalRepresentative: {
      name: registration.legalRepresentativeName,
      idNumber: registration.legalRepresentativeIdMasked,
    },
    contact: { email: registration.contactEmail, phone: registration.contactPhone },
    businessScope: registration.businessScope,
    serviceTypes: registration.serviceTypes,
    capacity: registration.capacity,
    inclusive: registration.inclusive,
    approvedOn: registration.approvedOn,
    status: registration.status,
    createdAt: shanghaiIso(registration.createdAt),
    sharing: {
      dueOn: duty.dueOn,
      dueAt: shanghaiIso(duty.dueAt),
      status: duty.status,
      deliveredAt: duty.deliveredAt ? shanghaiIso(duty.deliveredAt) : null,
      filingCaseId: duty.filingCaseId ?? null,
      reminders: rungs.map((r) => ({ kind: r.rung, fireAt: shanghaiIso(r.fireAt), status: r.status })),
    },
    provincialPushes: pushes.map((p) => ({
      event: p.event,
      status: p.status,
      attempts: p.attempts,
      lastError: p.lastError ?? null,
      deliveredAt: p.deliveredAt ? shanghaiIso(p.deliveredAt) : null,
    })),
  };
}
