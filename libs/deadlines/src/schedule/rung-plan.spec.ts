import { DEFAULT_POLICIES } from '../policies/default-policies';
import { breachInstant, ladderRungOf, nextOverdueRung, planRungs, shanghaiInstant } from './rung-plan';

const ladder = DEFAULT_POLICIES.filing.ladder;
const iso = (local: string) => new Date(local).toISOString();

describe('planRungs (filing ladder, due 2026-10-08)', () => {
  it.each([
    [
      'opened well before: every rung',
      '2026-09-20T10:00:00+08:00',
      ['due_in_7_days', 'due_in_3_days', 'due_in_1_day', 'due_today', 'breach', 'overdue_weekly#1'],
    ],
    [
      'opened after the 7-day mark: no late 7-day reminder',
      '2026-10-02T10:00:00+08:00',
      ['due_in_3_days', 'due_in_1_day', 'due_today', 'breach', 'overdue_weekly#1'],
    ],
    ['opened on the due day after 09:00', '2026-10-08T10:00:00+08:00', ['breach', 'overdue_weekly#1']],
    [
      'opened long after: breach stays, the next weekly rung ahead',
      '2026-11-01T10:00:00+08:00',
      ['breach', 'overdue_weekly#4'],
    ],
  ])('%s', (_case, openedAt, names) => {
    expect(planRungs(ladder, '2026-10-08', new Date(openedAt)).map((r) => r.rung)).toEqual(names);
  });

  it('fires at 09:00 Asia/Shanghai and breaches at the next local midnight', () => {
    const planned = planRungs(ladder, '2026-10-08', new Date('2026-09-20T10:00:00+08:00'));
    expect(planned.map((r) => [r.rung, r.fireAt.toISOString()])).toEqual([
      ['due_in_7_days', iso('2026-10-01T09:00:00+08:00')],
      ['due_in_3_days', iso('2026-10-05T09:00:00+08:00')],
      ['due_in_1_day', iso('2026-10-07T09:00:00+08:00')],
      ['due_today', iso('2026-10-08T09:00:00+08:00')],
      ['breach', iso('2026-10-09T00:00:00+08:00')],
      ['overdue_weekly#1', iso('2026-10-16T09:00:00+08:00')],
    ]);
  });
});

describe('rung instants', () => {
  it.each([
    ['2026-10-08', '09:00', '2026-10-08T01:00:00.000Z'],
    ['2026-12-31', '23:30', '2026-12-31T15:30:00.000Z'],
  ])('%s %s Shanghai is %s', (date, time, utc) => {
    expect(shanghaiInstant(date, time).toISOString()).toBe(utc);
  });

  it.each([
    ['2026-10-08', '2026-10-08T16:00:00.000Z'],
    ['2026-12-31', '2026-12-31T16:00:00.000Z'],
  ])('a deadline due %s is breached at %s', (dueOn, utc) => {
    expect(breachInstant(dueOn).toISOString()).toBe(utc);
  });

  it('plans weekly overdue rungs one at a time, skipping past ones', () => {
    const weekly = ladderRungOf(ladder, 'overdue_weekly#3');
    if (!weekly || !('everyDaysAfterBreach' in weekly)) throw new Error('filing ladder has a weekly rung');
    expect(nextOverdueRung(weekly, '2026-10-08', 2, new Date('2026-10-16T09:00:00+08:00'))).toEqual({
      rung: 'overdue_weekly#2',
      fireAt: new Date('2026-10-23T09:00:00+08:00'),
    });
    expect(nextOverdueRung(weekly, '2026-10-08', 2, new Date('2026-11-10T00:00:00+08:00')).rung).toBe(
      'overdue_weekly#5',
    );
  });
});
