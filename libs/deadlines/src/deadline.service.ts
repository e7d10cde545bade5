import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { ChineseDaysCalendar } from './calculus/chinese-days-calendar';
import { HolidayNotice } from './calculus/holiday-notice';
import { CalendarSource, DayInfo } from './calculus/statutory-calendar';
import { ComputedDeadline, Period, computeDeadline } from './calculus/period';
import { DeadlineKind, DeadlinePolicy } from './policies/deadline-policy';
import { DeadlinePolicies } from './policies/deadline-policies';
import { parsePolicyOverrides } from './policies/parse-policy-overrides';
import { StatutoryDeadlines } from './statutory-deadlines';

/** The product's deadline calculus as a Nest provider: the current calendar (with loaded notices) and policies. */
@Injectable()
export class DeadlineService {
  private deadlines: StatutoryDeadlines;
  /** Periods already computed with the current calendar: an import computes the same few hundred start dates again and again. */
  private computed = new Map<string, ComputedDeadline>();

  constructor(config: AppConfig) {
    const file = config.deadlinePolicyFile;
    const overrides = file
      ? parsePolicyOverrides(JSON.parse(readFileSync(file, 'utf8')), `DEADLINE_POLICY_FILE ${file}`)
      : {};
    this.deadlines = new StatutoryDeadlines(new ChineseDaysCalendar(), new DeadlinePolicies(overrides));
  }

  dueFor(kind: DeadlineKind, start: string, regionCode?: string): ComputedDeadline {
    return this.deadlines.dueFor(kind, start, regionCode);
  }

  policyFor(kind: DeadlineKind, regionCode?: string): DeadlinePolicy {
    return this.deadlines.policies.for(kind, regionCode);
  }

  compute(period: Period): ComputedDeadline {
    const key = `${period.start}|${period.amount}|${period.unit}`;
    let computed = this.computed.get(key);
    if (!computed) {
      if (this.computed.size >= 10_000) this.computed.clear();
      computed = computeDeadline(this.deadlines.calendar, period);
      this.computed.set(key, computed);
    }
    return { ...computed, explanation: [...computed.explanation] };
  }

  /** A local date's kind (working day, weekend, holiday, 调休 working day) by the current calendar. */
  day(date: string): DayInfo {
    return this.deadlines.calendar.day(date);
  }

  sourceOf(year: number): CalendarSource {
    return this.deadlines.calendar.sourceOf(year);
  }

  /** Swaps in a calendar with these administrator-loaded notices (each wins over bundled data for its year). */
  useNotices(notices: readonly HolidayNotice[]): void {
    this.deadlines = new StatutoryDeadlines(new ChineseDaysCalendar(notices), this.deadlines.policies);
    this.computed = new Map();
  }
}
