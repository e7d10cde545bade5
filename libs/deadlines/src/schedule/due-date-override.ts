import { daysBetween } from '../calculus/local-date';
import { InvalidPeriodError, PeriodUnit } from '../calculus/period';

export interface PolicyPeriod {
  amount: number;
  unit: PeriodUnit;
}

/**
 * A due date given by the caller instead of the kind's policy period: a period of its own, or a date (e.g. the
 * inspector's rectification deadline). A date becomes calendar days from the start, so §203 still applies: a
 * date on a rest day ends on the next working day, and a loaded holiday notice recomputes it like any other.
 */
export interface DueDateOverride {
  period?: PolicyPeriod;
  dueOn?: string;
}

/** The period a deadline runs for: the caller's, else the kind's policy; a kind without one needs the caller's. */
export function periodOf(
  kind: string,
  start: string,
  override: DueDateOverride,
  policyPeriod: PolicyPeriod | null,
): PolicyPeriod {
  if (override.period) return override.period;
  if (override.dueOn !== undefined) {
    const amount = daysBetween(start, override.dueOn);
    if (amount < 1) throw new InvalidPeriodError(`${kind} due on ${override.dueOn} must be after its start ${start}`);
    return { amount, unit: 'calendar' };
  }
  if (!policyPeriod) throw new InvalidPeriodError(`${kind} has no statutory period: give its due date`);
  return policyPeriod;
}
