import officialData from 'chinese-days/dist/chinese-days.json';
import { HolidayNotice, NamedDay } from './holiday-notice';
import { assertLocalDate, dayOfWeek } from './local-date';
import { CalendarSource, DayInfo, StatutoryCalendar } from './statutory-calendar';
import { statutoryHolidaysOf } from './statutory-fallback';

interface YearData {
  source: CalendarSource;
  holidays: Map<string, string>;
  workdays: Map<string, string>;
}

type OfficialMap = Record<string, string>;

/** "National Day,国庆节,7" → "国庆节 National Day". */
function officialName(raw: string): string {
  const [english, chinese] = raw.split(',');
  return chinese ? `${chinese} ${english}` : raw;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function byYear(map: OfficialMap): Map<number, NamedDay[]> {
  const years = new Map<number, NamedDay[]>();
  for (const [date, raw] of Object.entries(map)) {
    const list = years.get(yearOf(date)) ?? [];
    list.push({ date, name: officialName(raw) });
    years.set(yearOf(date), list);
  }
  return years;
}

const OFFICIAL_HOLIDAYS = byYear((officialData as { holidays: OfficialMap }).holidays);
const OFFICIAL_WORKDAYS = byYear((officialData as { workdays: OfficialMap }).workdays);

/**
 * The statutory calendar over `chinese-days` data (State Council notices 2004 onward). It knows which years have
 * a notice: a later year falls back to the statutory holidays and is provisional, until an administrator loads
 * that year's notice (which then wins over everything else for the year).
 *
 * Lookups are by date string only: chinese-days' Date-based helpers depend on the process time zone.
 */
export class ChineseDaysCalendar implements StatutoryCalendar {
  private readonly years = new Map<number, YearData>();
  private readonly loaded: Map<number, HolidayNotice>;

  constructor(loadedNotices: readonly HolidayNotice[] = []) {
    this.loaded = new Map(loadedNotices.map((notice) => [notice.year, notice]));
  }

  /** Years with a real notice bundled in chinese-days. */
  static officialYears(): number[] {
    return [...OFFICIAL_HOLIDAYS.keys()].sort((a, b) => a - b);
  }

  day(date: string): DayInfo {
    assertLocalDate(date);
    const data = this.yearData(yearOf(date));
    const workdayName = data.workdays.get(date);
    if (workdayName !== undefined) return { date, kind: 'make_up_workday', rest: false, name: workdayName };
    const holidayName = data.holidays.get(date);
    if (holidayName !== undefined) return { date, kind: 'holiday', rest: true, name: holidayName };
    const weekday = dayOfWeek(date);
    return weekday === 0 || weekday === 6
      ? { date, kind: 'weekend', rest: true }
      : { date, kind: 'workday', rest: false };
  }

  sourceOf(year: number): CalendarSource {
    return this.yearData(year).source;
  }

  private yearData(year: number): YearData {
    let data = this.years.get(year);
    if (!data) {
      data = this.build(year);
      this.years.set(year, data);
    }
    return data;
  }

  private build(year: number): YearData {
    const toMap = (days: NamedDay[]) => new Map(days.map((d) => [d.date, d.name]));
    const loaded = this.loaded.get(year);
    if (loaded) {
      return {
        source: {
          year,
          kind: 'loaded_notice',
          provisional: false,
          description: `${year} holiday notice loaded by an administrator${loaded.source ? ` (${loaded.source})` : ''}`,
          ...(loaded.source ? { source: loaded.source } : {}),
        },
        holidays: toMap(loaded.holidays),
        workdays: toMap(loaded.makeUpWorkdays),
      };
    }
    const official = OFFICIAL_HOLIDAYS.get(year);
    if (official) {
      return {
        source: {
          year,
          kind: 'official_notice',
          provisional: false,
          description: `${year} State Council holiday notice (chinese-days)`,
        },
        holidays: toMap(official),
        workdays: toMap(OFFICIAL_WORKDAYS.get(year) ?? []),
      };
    }
    return {
      source: {
        year,
        kind: 'statutory_fallback',
        provisional: true,
        description: `no ${year} holiday notice yet: statutory holidays of 《全国年节及纪念日放假办法》(2024) and weekends, without 调休 — provisional`,
      },
      holidays: toMap(year >= 2001 && year <= 2099 ? statutoryHolidaysOf(year) : []),
      workdays: new Map<string, string>(),
    };
  }
}
