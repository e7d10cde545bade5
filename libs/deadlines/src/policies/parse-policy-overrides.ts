import { DEADLINE_KINDS, DeadlineKind } from './deadline-policy';
import { RegionPolicyOverrides } from './deadline-policies';

const UNITS = ['calendar', 'working', 'month'];

/**
 * Validates per-region overrides read from configuration, e.g.
 * `{"4104": {"filing": {"period": {"amount": 20, "unit": "calendar"}}}}` (平顶山 filing in 20 days).
 * Throws naming every bad entry.
 */
export function parsePolicyOverrides(raw: unknown, source: string): RegionPolicyOverrides {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${source}: must be a JSON object keyed by region code prefix`);
  }
  for (const [prefix, kinds] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^(\d{2}|\d{4}|\d{6})$/.test(prefix)) problems.push(`${prefix}: a region prefix has 2, 4 or 6 digits`);
    if (typeof kinds !== 'object' || kinds === null) {
      problems.push(`${prefix}: must map deadline kinds to overrides`);
      continue;
    }
    for (const [kind, override] of Object.entries(kinds as Record<string, unknown>)) {
      if (!DEADLINE_KINDS.includes(kind as DeadlineKind)) {
        problems.push(`${prefix}.${kind}: unknown deadline kind (known: ${DEADLINE_KINDS.join(', ')})`);
        continue;
      }
      const period = (override as { period?: { amount?: unknown; unit?: unknown } } | null)?.period;
      if (period === undefined) continue;
      if (!Number.isInteger(period?.amount) || (period?.amount as number) < 1) {
        problems.push(`${prefix}.${kind}.period.amount: must be a whole number ≥ 1`);
      }
      if (!UNITS.includes(period?.unit as string))
        problems.push(`${prefix}.${kind}.period.unit: must be ${UNITS.join(', ')}`);
    }
  }
  if (problems.length > 0) throw new Error(`${source} is invalid:\n  - ${problems.join('\n  - ')}`);
  return raw as RegionPolicyOverrides;
}
