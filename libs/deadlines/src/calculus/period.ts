import { addDays, endOfLocalDay } from './local-date';

export type PeriodUnit = 'calendar' | 'working';

export interface Deadline {
  dueOn: string;
  dueAt: string;
  extended: boolean;
  explanation: string[];
}

/**
 * A period of N calendar days from a local start date (民法典 §201: the start day is not counted, so the raw
 * last day is start + N; the period ends at 24:00 of its last day).
 *
 * Foundation version: the statutory holiday calendar (rest-day extension, §203) and working-day periods come with
 * the deadline engine; every caller goes through this one function so that swap is local.
 */
export function computeDeadline(start: string, days: number): Deadline {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const dueOn = addDays(start, days);
  return {
    dueOn,
    dueAt: endOfLocalDay(dueOn),
    extended: false,
    explanation: [
      `Start ${start} is not counted (民法典 第二百零一条); ${days} calendar days (日) end on ${dueOn}.`,
      `The period ends at 24:00 Asia/Shanghai on ${dueOn}.`,
    ],
  };
}
