import { shanghaiDay, shanghaiTime, shanghaiToday } from './shanghai-time';

describe('instants as read in China (UTC+8)', () => {
  it.each([
    ['2026-12-03T15:59:59Z', '2026-12-03', '2026-12-03 23:59:59'],
    ['2026-12-03T16:00:00Z', '2026-12-04', '2026-12-04 00:00:00'],
    ['2026-12-04T00:00:00+08:00', '2026-12-04', '2026-12-04 00:00:00'],
    ['2026-12-31T20:30:05.164Z', '2027-01-01', '2027-01-01 04:30:05'],
  ])('%s is the day %s, at %s', (iso, day, time) => {
    expect(shanghaiDay(iso)).toBe(day);
    expect(shanghaiToday(iso)).toBe(day);
    expect(shanghaiTime(iso)).toBe(time);
  });

  it('today is unknown until the platform clock is', () => expect(shanghaiToday(undefined)).toBe(''));
});
