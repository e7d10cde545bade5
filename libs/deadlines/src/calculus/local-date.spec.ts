import { InvalidLocalDateError, addDays, assertLocalDate, endOfLocalDay, localDateAt, shanghaiIso } from './local-date';

describe('addDays', () => {
  it.each([
    ['2026-09-16', 15, '2026-10-01', 'the domain.md worked example: raw last day'],
    ['2026-09-20', 15, '2026-10-05', ''],
    ['2026-01-31', 1, '2026-02-01', 'month end'],
    ['2026-04-30', 1, '2026-05-01', '30-day month end'],
    ['2026-02-28', 1, '2026-03-01', 'February end, common year'],
    ['2028-02-28', 1, '2028-02-29', 'into a leap day'],
    ['2028-02-29', 1, '2028-03-01', 'out of a leap day'],
    ['2100-02-28', 1, '2100-03-01', '2100 is not a leap year'],
    ['2000-02-28', 1, '2000-02-29', '2000 is a leap year'],
    ['2026-12-31', 1, '2027-01-01', 'year end'],
    ['2026-01-31', 30, '2026-03-02', 'across a short February'],
    ['2028-01-31', 30, '2028-03-01', 'across a leap February'],
    ['2026-01-01', 365, '2027-01-01', 'a common year'],
    ['2028-01-01', 366, '2029-01-01', 'a leap year'],
    ['2026-10-01', 0, '2026-10-01', 'zero days'],
    ['2026-01-01', -1, '2025-12-31', 'backwards over a year end'],
    ['2026-03-01', -1, '2026-02-28', 'backwards into a common February'],
    ['2028-03-01', -1, '2028-02-29', 'backwards into a leap day'],
    ['2026-10-08', -22, '2026-09-16', 'backwards several weeks'],
  ])('%s plus %i days is %s %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([['2026-02-29'], ['2026-13-01'], ['2026-9-1'], ['']])('refuses the impossible date %p', (date) => {
    expect(() => addDays(date, 1)).toThrow(InvalidLocalDateError);
    expect(() => addDays(date, 1)).toThrow(`"${date}" is not a real calendar date written YYYY-MM-DD`);
  });
});

describe('assertLocalDate', () => {
  it.each([['2028-02-29'], ['2026-10-08']])('returns the valid date %s unchanged', (date) => {
    expect(assertLocalDate(date)).toBe(date);
  });

  it.each([['2026-02-29'], ['2026-02-30'], ['2026-10-8']])('throws InvalidLocalDateError for %p', (date) => {
    expect(() => assertLocalDate(date)).toThrow(InvalidLocalDateError);
  });
});

describe('localDateAt (the date in China at an instant)', () => {
  it.each([
    ['2026-09-30T16:00:00.000Z', '2026-10-01', 'midnight in Shanghai'],
    ['2026-09-30T15:59:59.999Z', '2026-09-30', 'last millisecond before midnight in Shanghai'],
    ['2026-09-30T00:00:00.000Z', '2026-09-30', 'UTC midnight is 08:00 in Shanghai'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01', 'new year in Shanghai, still the old year in UTC'],
    ['2026-02-28T16:00:00.000Z', '2026-03-01', 'after February in a common year'],
    ['2028-02-28T16:00:00.000Z', '2028-02-29', 'leap day'],
    ['2026-10-01T00:00:00.000+08:00', '2026-10-01', 'written with the China offset'],
    ['2026-10-08T23:59:59.999+08:00', '2026-10-08', 'end of a local day'],
    ['2026-07-01T12:00:00.000-05:00', '2026-07-02', 'written with a negative offset (17:00Z → 01:00 next day)'],
    ['2026-07-01T10:59:59.999-05:00', '2026-07-01', 'written with a negative offset (15:59Z)'],
    [
      '2026-07-01T01:00:00.000+14:00',
      '2026-06-30',
      'written with a far-east offset (11:00Z the day before → 19:00 in Shanghai)',
    ],
  ])('%s → %s (%s)', (iso, expected) => {
    expect(localDateAt(new Date(iso))).toBe(expected);
  });
});

describe('shanghaiIso (an instant written with +08:00)', () => {
  it.each([
    ['2026-10-09T15:59:59.999Z', '2026-10-09T23:59:59.999+08:00'],
    ['2026-09-30T16:00:00.000Z', '2026-10-01T00:00:00.000+08:00'],
    ['2026-01-01T00:00:00.000Z', '2026-01-01T08:00:00.000+08:00'],
    ['2026-12-31T20:30:15.500Z', '2027-01-01T04:30:15.500+08:00'],
    ['2028-02-28T16:00:00.001Z', '2028-02-29T00:00:00.001+08:00'],
    ['2026-07-01T12:00:00.000-05:00', '2026-07-02T01:00:00.000+08:00'],
  ])('%s → %s', (iso, expected) => {
    const instant = new Date(iso);
    const written = shanghaiIso(instant);
    expect(written).toBe(expected);
    // It names the same instant, and its date part is the China date.
    expect(new Date(written).getTime()).toBe(instant.getTime());
    expect(written.slice(0, 10)).toBe(localDateAt(instant));
  });
});

describe('endOfLocalDay (24:00 Asia/Shanghai)', () => {
  it.each([
    ['2026-10-08', '2026-10-08T23:59:59.999+08:00', '2026-10-08T15:59:59.999Z'],
    ['2028-02-29', '2028-02-29T23:59:59.999+08:00', '2028-02-29T15:59:59.999Z'],
    ['2026-12-31', '2026-12-31T23:59:59.999+08:00', '2026-12-31T15:59:59.999Z'],
  ])('%s ends at %s (= %s)', (date, expected, utc) => {
    const end = endOfLocalDay(date);
    expect(end).toBe(expected);
    expect(new Date(end).toISOString()).toBe(utc);
    expect(shanghaiIso(new Date(end))).toBe(end);
    // The last millisecond is still that date in China; the next one is the following date.
    expect(localDateAt(new Date(end))).toBe(date);
    expect(localDateAt(new Date(new Date(end).getTime() + 1))).toBe(addDays(date, 1));
  });

  it.each([['2026-02-29'], ['2026-04-31'], ['2026-10-08T00:00']])('refuses %p', (date) => {
    expect(() => endOfLocalDay(date)).toThrow(InvalidLocalDateError);
  });
});
