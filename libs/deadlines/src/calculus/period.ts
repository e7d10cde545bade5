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
  explanation: string[];
}

export class InvalidPeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPeriodError';
  }
}

const UNIT_LABEL: Record<PeriodUnit, (n: number) => string> = {
  calendar: (n) => `${n} calendar days (${n}日)`,
  working: (n) => `${n} working days (${n}个工作日)`,
  month: (n) => `${n} months (${n}个月)`,
};

function describe(day: DayInfo): string {
  if (day.kind === 'holiday') return `${day.date} is a public holiday: ${day.name}`;
  return `${day.date} is a weekend day`;
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
  const explanation: string[] = [];
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
    explanation.push(
      `Start ${start} is not counted (民法典 第二百零一条); ${UNIT_LABEL.working(amount)} counted after it end on ${dueOn}.`,
    );
    const holidays = skipped.filter((d) => d.kind === 'holiday');
    if (skipped.length > 0) {
      explanation.push(
        `${skipped.length} rest days in between were not counted${holidays.length ? `, including ${holidays.map((d) => `${d.date} (${d.name})`).join(', ')}` : ''}.`,
      );
    }
  } else {
    rawLastDay = unit === 'month' ? addMonths(start, amount) : addDays(start, amount);
    explanation.push(
      unit === 'month'
        ? `${UNIT_LABEL.month(amount)} from ${start} end on the corresponding day ${rawLastDay} (民法典 第二百零二条).`
        : `Start ${start} is not counted (民法典 第二百零一条); ${UNIT_LABEL.calendar(amount)} end on ${rawLastDay}.`,
    );
    dueOn = rawLastDay;
    for (let day = look(dueOn); day.rest; day = look(dueOn)) {
      movedOver.push({ date: day.date, reason: describe(day) });
      dueOn = addDays(dueOn, 1);
    }
    if (movedOver.length > 0) {
      explanation.push(...movedOver.map((m) => `${m.reason}.`));
      explanation.push(
        `The last day fell on a rest day, so the period ends on the next working day, ${dueOn} (民法典 第二百零三条).`,
      );
    }
    const dueDay = calendar.day(dueOn);
    if (dueDay.kind === 'make_up_workday') {
      explanation.push(`${dueOn} is a 调休 make-up working day (${dueDay.name}), so it counts as a working day.`);
    }
  }
  const calendars = [...consulted].sort().map((year) => calendar.sourceOf(year));
  const provisional = calendars.some((c) => c.provisional);
  const dueAt = endOfLocalDay(dueOn);
  explanation.push(`The period ends at 24:00 Asia/Shanghai on ${dueOn} (${dueAt}).`);
  explanation.push(...calendars.map((c) => `Calendar: ${c.description}.`));
  return { dueOn, dueAt, rawLastDay, extended: movedOver.length > 0, movedOver, provisional, calendars, explanation };
}
