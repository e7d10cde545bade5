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
