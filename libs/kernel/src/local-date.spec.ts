import { validateSync } from 'class-validator';
import { IsLocalDate, isLocalDate } from './local-date';

describe('isLocalDate', () => {
  it.each([
    ['2026-01-01', 'first day of a year'],
    ['2026-12-31', 'last day of a year'],
    ['2026-01-31', 'January has 31 days'],
    ['2026-02-28', 'last day of February in a common year'],
    ['2026-04-30', 'April has 30 days'],
    ['2026-10-08', 'a due date'],
    ['2024-02-29', 'leap year (divisible by 4)'],
    ['2028-02-29', 'leap year (divisible by 4)'],
    ['2000-02-29', 'leap year (divisible by 400)'],
    ['1949-12-31', 'a birth date'],
    ['9999-12-31', 'largest four-digit year'],
  ])('accepts %s (%s)', (value) => {
    expect(isLocalDate(value)).toBe(true);
  });

  it.each([
    ['2026-02-29', '2026 is not a leap year'],
    ['2027-02-29', '2027 is not a leap year'],
    ['1900-02-29', '1900 is not a leap year (divisible by 100)'],
    ['2100-02-29', '2100 is not a leap year (divisible by 100)'],
    ['2026-02-30', 'February 30'],
    ['2028-02-30', 'February 30 in a leap year'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-06-31', 'June has 30 days'],
    ['2026-09-31', 'September has 30 days'],
    ['2026-11-31', 'November has 30 days'],
    ['2026-01-32', 'day 32'],
    ['2026-01-00', 'day 00'],
    ['2026-00-10', 'month 00'],
    ['2026-13-01', 'month 13'],
    ['2026-1-01', 'one-digit month'],
    ['2026-01-1', 'one-digit day'],
    ['26-01-01', 'two-digit year'],
    ['+02026-01-01', 'expanded year'],
    ['2026/01/01', 'slashes'],
    ['20260101', 'no separators'],
    ['2026-01-01T00:00:00Z', 'an instant'],
    [' 2026-01-01', 'leading space'],
    ['2026-01-01\n', 'trailing newline'],
    ['２０２６-01-01', 'full-width digits'],
    ['', 'empty'],
  ])('rejects %p (%s)', (value) => {
    expect(isLocalDate(value)).toBe(false);
  });

  it.each([[20260101], [null], [undefined], [new Date('2026-01-01T00:00:00Z')], [{}], [['2026-01-01']]])(
    'rejects the non-string %p',
    (value) => {
      expect(isLocalDate(value)).toBe(false);
    },
  );
});

class Dated {
  @IsLocalDate() on: unknown;
}

describe('@IsLocalDate', () => {
  it.each([
    ['2028-02-29', 0],
    ['2026-02-29', 1],
    ['2026-13-01', 1],
    [20260101, 1],
  ])('%p gives %i error(s)', (value, count) => {
    const dated = Object.assign(new Dated(), { on: value });
    const errors = validateSync(dated);
    expect(errors).toHaveLength(count);
    if (count > 0) {
      expect(errors[0].constraints).toEqual({ isLocalDate: 'on must be a real calendar date written YYYY-MM-DD' });
    }
  });
});
