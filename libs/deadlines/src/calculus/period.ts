import { ExplanationStep, explainIn } from './explanation';
import { addDays, addMonths, endOfLocalDay } from './local-date';
import { CalendarSource, DayInfo, StatutoryCalendar } from './statutory-calendar';

/** 日 (calendar days), 个工作日 (working days) or 月 (months, §202). */
export type PeriodUnit = 'calendar' | 'working' | 'month';

export interface Period {
  /** The local date the period runs from; it is not counted (民法典 §201). */
  start: string;
  amount: number;
  unit: PeriodUnit;
}

/** A rest day that pushed the end of a period later, and why it is a rest day. */
export interface MovedOver {
  date: string;
  reason: string;
}

export interface ComputedDeadline {
  dueOn: string;
  /** 24:00 Asia/Shanghai on dueOn, as the last millisecond with its offset. */
  dueAt: string;
  /** The last day before any rest-day extension. */
  rawLastDay: string;
  extended: boolean;
  movedOver: MovedOver[];
  provisional: boolean;
  calendars: CalendarSource[];
  /** How the date was reached, as codes with their facts: each reader phrases them in its language. */
  steps: ExplanationStep[];
  /** The steps in English (the API's and the stored explanation). */
  explanation: string[];
}

export class InvalidPeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPeriodError';
  }
}

function restDay(day: DayInfo): ExplanationStep {
  return day.kind === 'holiday'
    ? { code: 'holiday', params: { date: day.date, name: day.name ?? '' } }
    : { code: 'weekend', params: { date: day.date } };
}

/**
 * The end of a statutory period (民法典 §200–§204):
 * - the start day is not counted, so N days end on start + N (§201);
 * - a month period ends on the corresponding day of the last month, or that month's last day (§202);
 * - a period whose last day is a statutory rest day ends on the first working day after it (§203), and 调休
 *   make-up working days are working days;
 * - N working days count only working days after the start;
 * - the last day ends at 24:00 Asia/Shanghai.
 */
export function computeDeadline(calendar: StatutoryCalendar, period: Period): ComputedDeadline {
  const { start, amount, unit } = period;
  if (!Number.isInteger(amount) || amount < 1 || amount > 3660) {
    throw new InvalidPeriodError(`the period must be a whole number from 1 to 3660, got ${amount}`);
  }
  const consulted = new Set<number>();
  const look = (date: string) => {
    consulted.add(Number(date.slice(0, 4)));
    return calendar.day(date);
  };
  const movedOver: MovedOver[] = [];
  const steps: ExplanationStep[] = [];
  let rawLastDay: string;
  let dueOn: string;

  if (unit === 'working') {
    let date = start;
    const skipped: DayInfo[] = [];
    for (let counted = 0; counted < amount;) {
      date = addDays(date, 1);
      const day = look(date);
      if (day.rest) skipped.push(day);
      else counted += 1;
    }
    rawLastDay = dueOn = date;
    steps.push({ code: 'working_days', params: { start, amount, lastDay: dueOn } });
    const holidays = skipped.filter((d) => d.kind === 'holiday');
    if (skipped.length > 0) {
      steps.push({
        code: 'rest_days_skipped',
        params: {
          count: skipped.length,
          holidayDates: holidays.map((d) => d.date),
          holidayNames: holidays.map((d) => d.name ?? ''),
        },
      });
    }
  } else {
    rawLastDay = unit === 'month' ? addMonths(start, amount) : addDays(start, amount);
    steps.push({ code: unit === 'month' ? 'months' : 'calendar_days', params: { start, amount, lastDay: rawLastDay } });
    dueOn = rawLastDay;
    for (let day = look(dueOn); day.rest; day = look(dueOn)) {
      const step = restDay(day);
      steps.push(step);
      movedOver.push({ date: day.date, reason: explainIn('en', [step])[0].replace(/\.$/, '') });
      dueOn = addDays(dueOn, 1);
    }
    if (movedOver.length > 0) steps.push({ code: 'moved_to_working_day', params: { dueOn } });
    const dueDay = calendar.day(dueOn);
    if (dueDay.kind === 'make_up_workday') {
      steps.push({ code: 'make_up_workday', params: { date: dueOn, name: dueDay.name ?? '' } });
    }
  }
  const calendars = [...consulted].sort().map((year) => calendar.sourceOf(year));
  const provisional = calendars.some((c) => c.provisional);
  const dueAt = endOfLocalDay(dueOn);
  steps.push({ code: 'ends_at', params: { dueOn, dueAt } });
  for (const c of calendars) {
    steps.push({
      code: 'calendar',
      params: { year: c.year, kind: c.kind, description: c.description, ...(c.source ? { source: c.source } : {}) },
    });
  }
  return {
    dueOn,
    dueAt,
    rawLastDay,
    extended: movedOver.length > 0,
    movedOver,
    provisional,
    calendars,
    steps,
    explanation: explainIn('en', steps),
  };
}
