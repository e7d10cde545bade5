import { isLocalDate } from '@tuoyu/kernel';

const DAY_MS = 86_400_000;

export class InvalidLocalDateError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a real calendar date written YYYY-MM-DD`);
    this.name = 'InvalidLocalDateError';
  }
}

/** Local (China) calendar dates as YYYY-MM-DD strings; arithmetic in UTC so the process TZ never matters. */
export function assertLocalDate(value: string): string {
  if (!isLocalDate(value)) throw new InvalidLocalDateError(value);
  return value;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = assertLocalDate(date).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one local date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [y, m, d] = assertLocalDate(date).split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The instant a local date ends: 24:00 Asia/Shanghai (UTC+8, no daylight saving), as the last millisecond. */
export function endOfLocalDay(date: string): string {
  return `${assertLocalDate(date)}T23:59:59.999+08:00`;
}

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The local date in China at an instant (Asia/Shanghai has no daylight saving). */
export function localDateAt(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant written with the China offset, as api.md shows instants (2026-10-09T23:59:59.999+08:00). */
export function shanghaiIso(instant: Date): string {
  return `${new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/** 0 = Sunday … 6 = Saturday, for a local date (computed in UTC, so independent of the process TZ). */
export function dayOfWeek(date: string): number {
  const [y, m, d] = assertLocalDate(date).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The same day N months later (民法典 §202); when that month has no such day, its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = assertLocalDate(date).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
