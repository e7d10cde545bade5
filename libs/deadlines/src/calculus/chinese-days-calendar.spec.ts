import officialData from 'chinese-days/dist/chinese-days.json';
import { ChineseDaysCalendar } from './chinese-days-calendar';
import { qingmingOf, statutoryHolidaysOf } from './statutory-fallback';

const calendar = new ChineseDaysCalendar();
const officialHolidays = (officialData as { holidays: Record<string, string> }).holidays;

describe('ChineseDaysCalendar', () => {
  it.each([
    ['2026-10-01', 'holiday', true],
    ['2026-10-10', 'make_up_workday', false],
    ['2026-09-20', 'make_up_workday', false],
    ['2026-02-14', 'make_up_workday', false],
    ['2026-02-28', 'make_up_workday', false],
    ['2026-11-21', 'weekend', true],
    ['2026-11-23', 'workday', false],
    ['2027-01-01', 'holiday', true],
    ['2027-10-04', 'workday', false],
  ])('%s is a %s (rest: %p)', (date, kind, rest) => {
    expect(calendar.day(date)).toMatchObject({ date, kind, rest });
  });

  it('names holidays from the notice', () => {
    expect(calendar.day('2026-02-17').name).toBe('春节 Spring Festival');
  });

  it.each([
    [2004, 'official_notice', false],
    [2026, 'official_notice', false],
    [2027, 'statutory_fallback', true],
    [2035, 'statutory_fallback', true],
  ])('knows where %i comes from: %s', (year, kind, provisional) => {
    expect(calendar.sourceOf(year)).toMatchObject({ year, kind, provisional });
  });

  it('has notice data for 2004-2026', () => {
    expect(ChineseDaysCalendar.officialYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it.each([['2026-02-29'], ['2026-00-10'], ['10/01/2026']])('rejects the impossible date %p', (date) => {
    expect(() => calendar.day(date)).toThrow(/not a real calendar date/);
  });
});

describe('statutory fallback (《全国年节及纪念日放假办法》 2024)', () => {
  // Official notices always grant at least the statutory days: an independent check of the lunar and 清明 dates.
  it.each([[2025], [2026]])("every fallback holiday of %i is a holiday in that year's real notice", (year) => {
    for (const { date, name } of statutoryHolidaysOf(year)) {
      expect({ date, name, official: officialHolidays[date] !== undefined }).toEqual({ date, name, official: true });
    }
  });

  // 清明 has been a public holiday since 2008.
  it.each(Array.from({ length: 19 }, (_, i) => [2008 + i]))(
    "清明 %i falls in that year's official 清明 holiday",
    (year) => {
      expect(officialHolidays[qingmingOf(year)]).toContain('清明');
    },
  );

  it.each([
    [2027, ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], '2027-04-05', '2027-06-09', '2027-09-15'],
    [2028, ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'], '2028-04-04', '2028-05-28', '2028-10-03'],
  ])('%i: 春节, 清明, 端午, 中秋', (year, spring, qingming, duanwu, midAutumn) => {
    const dates = statutoryHolidaysOf(year).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining([...spring, qingming, duanwu, midAutumn]));
    expect(dates).toHaveLength(13);
  });
});
