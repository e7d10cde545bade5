import { DeadlinePolicies } from './deadline-policies';
import { parsePolicyOverrides } from './parse-policy-overrides';

const policies = new DeadlinePolicies(
  parsePolicyOverrides(
    {
      '41': { correction: { period: { amount: 10, unit: 'calendar' } } },
      '4104': { filing: { period: { amount: 20, unit: 'calendar' } } },
      '410402': { filing: { period: { amount: 10, unit: 'working' } } },
    },
    'test',
  ),
);

describe('DeadlinePolicies with region overrides (longest prefix wins)', () => {
  it.each([
    ['filing', undefined, { amount: 15, unit: 'calendar' }],
    ['filing', '512002', { amount: 15, unit: 'calendar' }],
    ['filing', '410403', { amount: 20, unit: 'calendar' }],
    ['filing', '410402', { amount: 10, unit: 'working' }],
    ['correction', '410402', { amount: 10, unit: 'calendar' }],
    ['correction', '512002', { amount: 15, unit: 'calendar' }],
    ['department_receipt', '410402', { amount: 5, unit: 'working' }],
    ['sharing_duty', '140500', { amount: 30, unit: 'calendar' }],
  ] as const)('%s in %s: %p', (kind, region, period) => {
    expect(policies.for(kind, region).period).toEqual(period);
  });

  it('keeps the default ladder when only the period is overridden', () => {
    expect(policies.for('filing', '410402').ladder.map((r) => r.name)).toContain('breach');
  });

  it('has no statutory period for rectification (set per order)', () => {
    expect(policies.for('rectification').period).toBeNull();
  });
});

describe('parsePolicyOverrides', () => {
  it.each([
    [[], 'must be a JSON object'],
    [{ '5120': { filings: {} } }, '5120.filings: unknown deadline kind'],
    [{ '512': {} }, '512: a region prefix has 2, 4 or 6 digits'],
    [{ '51': { filing: { period: { amount: 0, unit: 'calendar' } } } }, '51.filing.period.amount'],
    [{ '51': { filing: { period: { amount: 3, unit: 'weeks' } } } }, '51.filing.period.unit'],
  ])('rejects %p naming %s', (raw, problem) => {
    expect(() => parsePolicyOverrides(raw, 'policy.json')).toThrow(problem);
  });
});
