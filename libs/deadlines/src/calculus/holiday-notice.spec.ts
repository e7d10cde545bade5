import { HolidayNotice, problemsOfNotice } from './holiday-notice';

const valid: HolidayNotice = {
  year: 2027,
  holidays: [{ date: '2027-10-01', name: '国庆节' }],
  makeUpWorkdays: [{ date: '2027-10-09', name: '国庆节 调休' }],
};

describe('problemsOfNotice', () => {
  it('accepts a well-formed notice', () => {
    expect(problemsOfNotice(valid)).toEqual([]);
  });

  it.each<[string, Partial<HolidayNotice>, string]>([
    [
      'an impossible date',
      { holidays: [{ date: '2027-02-30', name: '春节' }] },
      'holidays.0.date: must be a real date',
    ],
    [
      'a day of another year',
      { holidays: [{ date: '2026-12-31', name: '元旦' }] },
      'holidays.0.date: 2026-12-31 is not in 2027',
    ],
    [
      'a day without a name',
      { makeUpWorkdays: [{ date: '2027-10-09', name: ' ' }] },
      'makeUpWorkdays.0.name: must name the holiday',
    ],
    [
      'a day both rest and work',
      { makeUpWorkdays: [{ date: '2027-10-01', name: '国庆节' }] },
      'makeUpWorkdays.0.date: 2027-10-01 is listed twice (also in holidays)',
    ],
    [
      'a year out of range',
      { year: 1999, holidays: [], makeUpWorkdays: [] },
      'year: must be a whole year from 2000 to 2100',
    ],
  ])('names %s', (_case, change, problem) => {
    expect(problemsOfNotice({ ...valid, ...change }).join('\n')).toContain(problem);
  });
});
