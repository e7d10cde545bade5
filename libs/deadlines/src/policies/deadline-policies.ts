import { DEFAULT_POLICIES } from './default-policies';
import { DeadlineKind, DeadlinePolicy } from './deadline-policy';

/** Overrides by region code prefix (2 = province, 4 = prefecture, 6 = county digits); the longest match wins. */
export type RegionPolicyOverrides = Record<
  string,
  Partial<Record<DeadlineKind, Partial<Omit<DeadlinePolicy, 'kind'>>>>
>;

/** Deadline kinds as configuration: defaults, overridden per region. */
export class DeadlinePolicies {
  constructor(
    private readonly overrides: RegionPolicyOverrides = {},
    private readonly defaults: Record<DeadlineKind, DeadlinePolicy> = DEFAULT_POLICIES,
  ) {
    for (const prefix of Object.keys(overrides)) {
      if (!/^(\d{2}|\d{4}|\d{6})$/.test(prefix))
        throw new Error(`policy override key "${prefix}" must be 2, 4 or 6 digits`);
    }
  }

  for(kind: DeadlineKind, regionCode?: string): DeadlinePolicy {
    const base = this.defaults[kind];
    if (!regionCode) return base;
    const prefixes = [regionCode.slice(0, 2), regionCode.slice(0, 4), regionCode].filter(
      (p, i, all) => all.indexOf(p) === i,
    );
    return prefixes.reduce<DeadlinePolicy>(
      (policy, prefix) => ({ ...policy, ...(this.overrides[prefix]?.[kind] ?? {}) }),
      base,
    );
  }
}
