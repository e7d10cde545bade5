import { randomUUID } from 'node:crypto';
import { RegistrationApproved } from '@tuoyu/contracts';
import { makeResidentId, makeUscc } from './identifiers';

/** A valid POST /registrations body for a for-profit institution in 资阳市雁江区 (512002). */
export function registrationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const uscc = makeUscc();
  return {
    uscc,
    name: `雁江区阳光托育中心${uscc.slice(8, 12)}`,
    nature: 'forprofit',
    authorityKind: 'market_regulation',
    regionCode: '512002',
    address: '四川省资阳市雁江区和平路1号',
    legalRepresentative: { name: '张三', idNumber: makeResidentId() },
    contact: { email: `office-${uscc.toLowerCase()}@example.cn`, phone: '028-12345678' },
    businessScope: '3岁以下婴幼儿托育服务',
    serviceTypes: ['full_day', 'half_day'],
    capacity: 60,
    inclusive: true,
    approvedOn: '2026-09-20',
    ...overrides,
  };
}

/** A valid RegistrationApproved payload, as the registration service would publish it. */
export function registrationApprovedPayload(overrides: Partial<RegistrationApproved> = {}): RegistrationApproved {
  return {
    v: 1,
    registrationId: randomUUID(),
    uscc: makeUscc(),
    name: '雁江区小太阳托育园',
    nature: 'forprofit',
    regionCode: '512002',
    address: '资阳市雁江区1号',
    contactEmail: 'office@example.cn',
    approvedOn: '2026-09-16',
    serviceTypes: ['full_day'],
    capacity: 40,
    inclusive: false,
    ...overrides,
  };
}

/**
 * A complete POST /filings/:id/submission body naming the given uploaded documents (uploadRequiredDocuments gives
 * one of every kind), with a director and two carers.
 */
export function filingSubmissionBody(
  documents: string[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    materials: {
      filingFormConfirmed: true,
      commitmentConfirmed: true,
      premises: { ownership: 'leased', leaseYears: 5 },
      healthEvaluation: { result: 'qualified', reportNumber: '雁卫评〔2026〕012号' },
      fireSafety: { kind: 'inspection_certificate', number: '资消安检字〔2026〕第0031号' },
      mealsServed: true,
      foodLicenseNumber: 'JY35120020001234',
    },
    documents,
    staff: [
      { name: '王园长', idNumber: makeResidentId(), role: 'director', healthCertificate: true },
      { name: '李保育', idNumber: makeResidentId(), role: 'carer', qualification: '保育师', healthCertificate: true },
      { name: '赵保育', idNumber: makeResidentId(), role: 'carer', qualification: '保育师', healthCertificate: true },
    ],
    ...overrides,
  };
}
