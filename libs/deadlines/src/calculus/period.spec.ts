import { ChineseDaysCalendar } from './chinese-days-calendar';
import { HolidayNotice } from './holiday-notice';
import { InvalidPeriodError, PeriodUnit, computeDeadline } from './period';

const calendar = new ChineseDaysCalendar();

describe('computeDeadline with the 2026 State Council calendar (民法典 §201-§203)', () => {
  it.each<[string, string, number, PeriodUnit, string, string[]]>([
    // [case, start, amount, unit, dueOn, rest days moved over]
    [
      'raw last day in 国庆 moves to 10-08 (domain.md worked example)',
      '2026-09-16',
      15,
      'calendar',
      '2026-10-08',
      ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    ],
    ['raw last day on the 调休 working Saturday 10-10 is not extended', '2026-09-25', 15, 'calendar', '2026-10-10', []],
    ['raw last day on the 调休 working Sunday 09-20 is not extended', '2026-09-05', 15, 'calendar', '2026-09-20', []],
    [
      'raw last day in 春节 moves past the whole holiday',
      '2026-02-01',
      15,
      'calendar',
      '2026-02-24',
      ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
    ],
    ['raw last day on the 调休 working Saturday 02-14 is not extended', '2026-01-30', 15, 'calendar', '2026-02-14', []],
    ['a plain weekend moves to Monday', '2026-11-06', 15, 'calendar', '2026-11-23', ['2026-11-21', '2026-11-22']],
    ['the 30-day sharing duty ending on a Tuesday', '2026-09-20', 30, 'calendar', '2026-10-20', []],
    ['rest days inside the period are not skipped', '2026-09-28', 15, 'calendar', '2026-10-13', []],
    [
      'a month from 01-31 ends on the last day of February, a 调休 working Saturday',
      '2026-01-31',
      1,
      'month',
      '2026-02-28',
      [],
    ],
    ['two months from 03-31 end 05-31, a Sunday, so Monday', '2026-03-31', 2, 'month', '2026-06-01', ['2026-05-31']],
    ['a month from 08-31 ends on 09-30', '2026-08-31', 1, 'month', '2026-09-30', []],
    ['a year of months lands on the same day', '2025-11-20', 12, 'month', '2026-11-20', []],
  ])('%s', (_case, start, amount, unit, dueOn, moved) => {
    const deadline = computeDeadline(calendar, { start, amount, unit });
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.dueAt).toBe(`${dueOn}T23:59:59.999+08:00`);
    expect(deadline.movedOver.map((m) => m.date)).toEqual(moved);
    expect(deadline.extended).toBe(moved.length > 0);
    expect(deadline.provisional).toBe(false);
    expect(deadline.explanation[0]).toContain(start);
    expect(deadline.explanation.join('\n')).toContain('State Council holiday notice');
  });

  it.each<[string, string, number, string]>([
    ['5 working days across 国庆 count the 调休 Saturday 10-10', '2026-09-28', 5, '2026-10-10'],
    ['15 working days across 春节 count both 调休 Saturdays', '2026-02-10', 15, '2026-03-09'],
    ['5 working days in a plain week', '2026-11-20', 5, '2026-11-27'],
    ['1 working day from a Friday is Monday', '2026-11-20', 1, '2026-11-23'],
  ])('%s', (_case, start, amount, dueOn) => {
    const deadline = computeDeadline(calendar, { start, amount, unit: 'working' });
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.extended).toBe(false);
    expect(deadline.explanation[0]).toContain('个工作日');
  });

  it('explains every rest day that moved the date, and why', () => {
    const { explanation } = computeDeadline(calendar, { start: '2026-09-16', amount: 15, unit: 'calendar' });
    expect(explanation[0]).toBe(
      'Start 2026-09-16 is not counted (民法典 第二百零一条); 15 calendar days (15日) end on 2026-10-01.',
    );
    expect(explanation).toContain('2026-10-01 is a public holiday: 国庆节 National Day.');
    expect(explanation).toContain('2026-10-04 is a public holiday: 国庆节 National Day.');
    expect(explanation).toContain(
      'The last day fell on a rest day, so the period ends on the next working day, 2026-10-08 (民法典 第二百零三条).',
    );
    expect(explanation).toContain(
      'The period ends at 24:00 Asia/Shanghai on 2026-10-08 (2026-10-08T23:59:59.999+08:00).',
    );
    expect(explanation).toContain('Calendar: 2026 State Council holiday notice (chinese-days).');
  });
});

describe('computeDeadline in a year without notice data (provisional)', () => {
  it.each<[string, string, number, PeriodUnit, string]>([
    ['into 2027, 元旦 and a weekend push to Monday', '2026-12-17', 15, 'calendar', '2027-01-04'],
    [
      '2027 春节 by the statutory fallback (除夕 02-05, 初一-初三 02-06..08)',
      '2027-01-22',
      15,
      'calendar',
      '2027-02-09',
    ],
    ['2027 国庆 fallback covers 10-01..10-03 only', '2027-09-20', 15, 'calendar', '2027-10-05'],
    [
      'working days across the 2027 fallback 劳动节 (05-01, 05-02 on a weekend)',
      '2027-04-29',
      3,
      'working',
      '2027-05-04',
    ],
  ])('%s', (_case, start, amount, unit, dueOn) => {
    const deadline = computeDeadline(calendar, { start, amount, unit });
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.provisional).toBe(true);
    expect(deadline.calendars.find((c) => c.year === 2027)).toMatchObject({
      kind: 'statutory_fallback',
      provisional: true,
    });
    expect(deadline.explanation.join('\n')).toContain('provisional');
  });
});

describe('an administrator-loaded notice', () => {
  const notice2027: HolidayNotice = {
    year: 2027,
    source: 'test notice',
    holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
      date: `2027-10-${d}`,
      name: '国庆节 National Day',
    })),
    makeUpWorkdays: [{ date: '2027-10-09', name: '国庆节 National Day (调休)' }],
  };

  it('changes a provisional due date into a final one', () => {
    const before = computeDeadline(calendar, { start: '2027-09-20', amount: 15, unit: 'calendar' });
    const after = computeDeadline(new ChineseDaysCalendar([notice2027]), {
      start: '2027-09-20',
      amount: 15,
      unit: 'calendar',
    });
    expect(before).toMatchObject({ dueOn: '2027-10-05', provisional: true });
    expect(after).toMatchObject({ dueOn: '2027-10-08', provisional: false, extended: true });
    expect(after.explanation.join('\n')).toContain('loaded by an administrator (test notice)');
  });

  it('makes its 调休 days working days', () => {
    const loaded = new ChineseDaysCalendar([notice2027]);
    expect(loaded.day('2027-10-09')).toMatchObject({ kind: 'make_up_workday', rest: false });
    expect(computeDeadline(loaded, { start: '2027-09-24', amount: 15, unit: 'calendar' }).dueOn).toBe('2027-10-09');
  });
});

describe('computeDeadline rejects impossible input', () => {
  it.each([['2026-02-30'], ['2026-13-01'], ['20260920'], ['']])('start %p', (start) => {
    expect(() => computeDeadline(calendar, { start, amount: 15, unit: 'calendar' })).toThrow(
      /not a real calendar date/,
    );
  });

  it.each([[0], [-3], [1.5], [100000]])('amount %p', (amount) => {
    expect(() => computeDeadline(calendar, { start: '2026-09-20', amount, unit: 'calendar' })).toThrow(
      InvalidPeriodError,
    );
  });
});
