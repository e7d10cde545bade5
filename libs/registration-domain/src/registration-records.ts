import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { ImportedHistory, RegistrationApproved } from '@tuoyu/contracts';
import { PiiHasher, maskResidentId } from '@tuoyu/identity';
import { ApproveRegistrationCommand } from './approve-registration.command';
import { Registration } from './registration.entity';

/** A new approved registration from an authority's command (the ID number kept only masked and hashed). */
export function newRegistration(
  em: EntityManager,
  command: ApproveRegistrationCommand,
  pii: PiiHasher,
  now: Date,
): Registration {
  return em.create(Registration, registrationRecord(command, pii, now));
}

/** newRegistration's columns, for a bulk insert (an import chunk). */
export function registrationRecord(command: ApproveRegistrationCommand, pii: PiiHasher, now: Date) {
  return {
    id: randomUUID(),
    uscc: command.uscc,
    name: command.name,
    nature: command.nature,
    authorityKind: command.authorityKind,
    regionCode: command.regionCode,
    address: command.address,
    legalRepresentativeName: command.legalRepresentative.name,
    legalRepresentativeIdMasked: maskResidentId(command.legalRepresentative.idNumber),
    legalRepresentativeIdHash: pii.residentId(command.legalRepresentative.idNumber),
    contactEmail: command.contact.email,
    contactPhone: command.contact.phone,
    businessScope: command.businessScope,
    serviceTypes: command.serviceTypes,
    capacity: command.capacity,
    inclusive: command.inclusive,
    approvedOn: command.approvedOn,
    status: 'approved' as const,
    createdAt: now,
  };
}

/** The handoff to filing; an imported institution's message carries what it had already done. */
export function registrationApprovedPayload(
  registration: Registration,
  history?: ImportedHistory,
): RegistrationApproved {
  return {
    v: 1,
    registrationId: registration.id,
    uscc: registration.uscc,
    name: registration.name,
    nature: registration.nature,
    regionCode: registration.regionCode,
    address: registration.address,
    contactEmail: registration.contactEmail,
    approvedOn: registration.approvedOn,
    serviceTypes: registration.serviceTypes,
    capacity: registration.capacity,
    inclusive: registration.inclusive,
    ...(history ? { history } : {}),
  };
}
