import { Injectable } from '@nestjs/common';
import { ChineseDaysCalendar } from './calculus/chinese-days-calendar';
import { HolidayNotice } from './calculus/holiday-notice';
import { CalendarSource } from './calculus/statutory-calendar';
import { ComputedDeadline, Period, computeDeadline } from './calculus/period';
import { DeadlineKind, DeadlinePolicy } from './policies/deadline-policy';
import { StatutoryDeadlines } from './statutory-deadlines';

/** The product's deadline calculus as a Nest provider: the current calendar (with loaded notices) and policies. */
@Injectable()
export class DeadlineService {
  private deadlines = new StatutoryDeadlines(new ChineseDaysCalendar());

  dueFor(kind: DeadlineKind, start: string, regionCode?: string): ComputedDeadline {
    return this.deadlines.dueFor(kind, start, regionCode);
  }

  policyFor(kind: DeadlineKind, regionCode?: string): DeadlinePolicy {
    return this.deadlines.policies.for(kind, regionCode);
  }

  compute(period: Period): ComputedDeadline {
    return computeDeadline(this.deadlines.calendar, period);
  }

  sourceOf(year: number): CalendarSource {
    return this.deadlines.calendar.sourceOf(year);
  }

  /** Swaps in a calendar with these administrator-loaded notices (each wins over bundled data for its year). */
  useNotices(notices: readonly HolidayNotice[]): void {
    this.deadlines = new StatutoryDeadlines(new ChineseDaysCalendar(notices), this.deadlines.policies);
  }
}
