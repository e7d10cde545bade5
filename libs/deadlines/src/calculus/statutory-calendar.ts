/** Why a day is, or is not, a working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make_up_workday';

export interface DayInfo {
  date: string;
  kind: DayKind;
  /** A statutory rest day (法定休假日): a weekend not made up, or a public holiday. */
  rest: boolean;
  /** The holiday or make-up day's name, e.g. "国庆节 National Day". */
  name?: string;
}

export type CalendarSourceKind = 'official_notice' | 'loaded_notice' | 'statutory_fallback';

/** Where a year's holiday data came from; a fallback year is provisional until its notice is loaded. */
export interface CalendarSource {
  year: number;
  kind: CalendarSourceKind;
  provisional: boolean;
  description: string;
  /** The loaded notice's own source line, when an administrator gave one. */
  source?: string;
}

/** The port every period computation reads; pure, so the calculus stays table-testable. */
export interface StatutoryCalendar {
  day(date: string): DayInfo;
  sourceOf(year: number): CalendarSource;
}
