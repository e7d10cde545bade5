import { ComputedDeadline, InvalidPeriodError, computeDeadline } from './calculus/period';
import { StatutoryCalendar } from './calculus/statutory-calendar';
import { DeadlinePolicies } from './policies/deadline-policies';
import { DeadlineKind } from './policies/deadline-policy';

/** The one place a product deadline's due date comes from: the kind's policy (with region overrides) and the calendar. */
export class StatutoryDeadlines {
  constructor(
    readonly calendar: StatutoryCalendar,
    readonly policies: DeadlinePolicies = new DeadlinePolicies(),
  ) {}

  dueFor(kind: DeadlineKind, start: string, regionCode?: string): ComputedDeadline {
    const policy = this.policies.for(kind, regionCode);
    if (!policy.period) throw new InvalidPeriodError(`${kind} has no statutory period: its deadline is set per case`);
    return computeDeadline(this.calendar, { start, ...policy.period });
  }
}
