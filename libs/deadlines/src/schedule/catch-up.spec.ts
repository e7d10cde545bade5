import type { ReminderRung } from '../policies/deadline-policy';
import { DueRung, catchUpVerdict } from './catch-up';

const HOUR = 3600_000;
const GRACE = 12 * HOUR;
const due = (rung: string, fireAt: string): DueRung => ({ rung, fireAt: new Date(fireAt) });
const beforeDue: ReminderRung = { name: 'due_in_3_days', daysFromDue: -3, at: '09:00', recipients: ['institution'] };
const dueToday: ReminderRung = { name: 'due_today', daysFromDue: 0, at: '09:00', recipients: ['institution'] };
const breach: ReminderRung = { name: 'breach', breach: true, recipients: ['institution', 'department'] };
const weekly: ReminderRung = {
  name: 'overdue_weekly',
  everyDaysAfterBreach: 7,
  at: '09:00',
  recipients: ['institution'],
};

const IN_3 = due('due_in_3_days', '2026-10-05T01:00:00Z');
const TODAY = due('due_today', '2026-10-08T01:00:00Z');
const BREACH = due('breach', '2026-10-08T16:00:00Z');
const WEEKLY_1 = due('overdue_weekly#1', '2026-10-16T01:00:00Z');

describe('catchUpVerdict', () => {
  it.each<[string, DueRung, ReminderRung, DueRung[], string, string | undefined]>([
    ['on time, alone', IN_3, beforeDue, [], '2026-10-05T01:00:05Z', undefined],
    ['late within the grace', IN_3, beforeDue, [], '2026-10-05T12:59:00Z', undefined],
    ['late beyond the grace', IN_3, beforeDue, [], '2026-10-05T13:00:01Z', 'stale'],
    ['due with a later reminder', IN_3, beforeDue, [TODAY], '2026-10-08T01:00:05Z', 'stale'],
    [
      'due today, late within grace, an earlier one also due',
      TODAY,
      dueToday,
      [IN_3],
      '2026-10-08T02:00:00Z',
      undefined,
    ],
    ['due today, 15 h late, with the breach', TODAY, dueToday, [BREACH], '2026-10-08T16:00:05Z', 'stale'],
    ['the breach with everything else', BREACH, breach, [IN_3, TODAY, WEEKLY_1], '2026-10-20T00:00:00Z', undefined],
    ['a weekly overdue notice with the breach', WEEKLY_1, weekly, [BREACH], '2026-10-20T00:00:00Z', 'superseded'],
    ['a weekly overdue notice alone, late', WEEKLY_1, weekly, [], '2026-10-20T00:00:00Z', undefined],
    [
      'an earlier weekly with a later weekly',
      WEEKLY_1,
      weekly,
      [due('overdue_weekly#2', '2026-10-23T01:00:00Z')],
      '2026-10-24T00:00:00Z',
      'superseded',
    ],
  ])('%s', (_case, rung, ladderRung, others, now, skipped) => {
    const verdict = catchUpVerdict(rung, ladderRung, others, new Date(now), GRACE);
    expect(verdict).toEqual(skipped ? { fire: false, reason: skipped } : { fire: true });
  });

  it('with no grace, a before-due reminder one millisecond late is stale', () => {
    const verdict = catchUpVerdict(IN_3, beforeDue, [], new Date(IN_3.fireAt.getTime() + 1), 0);
    expect(verdict).toEqual({ fire: false, reason: 'stale' });
  });
});
