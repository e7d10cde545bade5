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
