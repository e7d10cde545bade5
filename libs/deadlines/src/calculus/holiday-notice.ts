import { isLocalDate } from '@tuoyu/kernel';

export interface NamedDay {
  date: string;
  name: string;
}

/** One year's State Council arrangement (国务院办公厅关于…部分节假日安排的通知) as data. */
export interface HolidayNotice {
  year: number;
  holidays: NamedDay[];
  /** 调休 make-up working days (weekend days declared working days). */
  makeUpWorkdays: NamedDay[];
  /** Where it comes from, e.g. "国办发明电〔2026〕7号". */
  source?: string;
}

/** Every problem with a notice, as "field: reason" lines (empty when it is usable). */
export function problemsOfNotice(notice: HolidayNotice): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(notice.year) || notice.year < 2000 || notice.year > 2100) {
    problems.push('year: must be a whole year from 2000 to 2100');
  }
  const seen = new Map<string, string>();
  for (const [field, days] of [
    ['holidays', notice.holidays],
    ['makeUpWorkdays', notice.makeUpWorkdays],
  ] as const) {
    if (!Array.isArray(days)) {
      problems.push(`${field}: must be a list of {date, name}`);
      continue;
    }
    days.forEach((day, i) => {
      if (!isLocalDate(day?.date)) problems.push(`${field}.${i}.date: must be a real date written YYYY-MM-DD`);
      else if (Number(day.date.slice(0, 4)) !== notice.year)
        problems.push(
          `${field}.${i}.date: ${day.date} is not in ${notice.year} (load each year's days with that year)`,
        );
      if (typeof day?.name !== 'string' || day.name.trim() === '')
        problems.push(`${field}.${i}.name: must name the holiday`);
      if (day?.date && seen.has(day.date))
        problems.push(`${field}.${i}.date: ${day.date} is listed twice (also in ${seen.get(day.date)})`);
      if (day?.date) seen.set(day.date, field);
    });
  }
  return problems;
}
