import { ChineseDaysCalendar } from '../calculus/chinese-days-calendar';
import { InvalidPeriodError, computeDeadline } from '../calculus/period';
import { periodOf } from './due-date-override';

const YEARLY = { amount: 12, unit: 'month' } as const;

describe('periodOf: the caller may set the due date of a deadline', () => {
  it.each([
    ['the policy period when nothing is given', {}, YEARLY, YEARLY],
    [
      'the caller period over the policy',
      { period: { amount: 10, unit: 'working' } },
      YEARLY,
      { amount: 10, unit: 'working' },
    ],
    ['a date as calendar days from the start', { dueOn: '2026-11-20' }, null, { amount: 31, unit: 'calendar' }],
    ['a date across a year end', { dueOn: '2027-01-05' }, null, { amount: 77, unit: 'calendar' }],
  ] as const)('%s', (_case, override, policy, expected) => {
    expect(periodOf('rectification', '2026-10-20', override, policy)).toEqual(expected);
  });

  it.each([
    ['no date for a kind without a period', {}, 'rectification has no statutory period'],
    ['a date on the start', { dueOn: '2026-10-20' }, 'must be after its start 2026-10-20'],
    ['a date before the start', { dueOn: '2026-10-01' }, 'must be after its start'],
  ])('refuses %s', (_case, override, message) => {
    expect(() => periodOf('rectification', '2026-10-20', override, null)).toThrow(InvalidPeriodError);
    expect(() => periodOf('rectification', '2026-10-20', override, null)).toThrow(message);
  });

  it.each([
    // An inspector's date on a working day stands as given.
    ['2026-10-20', '2026-11-20', '2026-11-20', false],
    // 2026-10-03 is in 国庆: the order ends on the first working day after it (民法典 §203).
    ['2026-09-20', '2026-10-03', '2026-10-08', true],
    // Saturday 2026-10-10 is a 调休 working day: not extended.
    ['2026-09-20', '2026-10-10', '2026-10-10', false],
  ])('an order from %s due %s ends on %s (extended: %p)', (start, dueOn, expected, extended) => {
    const computed = computeDeadline(new ChineseDaysCalendar(), {
      start,
      ...periodOf('rectification', start, { dueOn }, null),
    });
    expect(computed).toMatchObject({ dueOn: expected, extended });
  });
});
