import type { FilingCase } from '../institution/filing-case';
import { departmentFigures, weekOf } from './statistics';
import type { WorkItem } from './worklist';

describe('department statistics', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday starts its own week
    ['2026-12-03', '2026-11-30'],
    ['2026-12-06', '2026-11-30'], // Sunday ends it
    ['2026-12-07', '2026-12-07'],
  ])('the week of %s starts on %s', (day, monday) => expect(weekOf(day)).toBe(monday));

  const item = (status: string, lane: WorkItem['lane'], left: number | null, openedAt: string, filedOn?: string) =>
    ({
      filing: { status, openedAt, filedOn: filedOn ?? null } as FilingCase,
      lane,
      dueAt: left === null ? null : 'x',
      dueLabel: '',
      left,
    }) satisfies WorkItem;

  it('counts statuses, received and filed per week, and running deadlines', () => {
    const figures = departmentFigures(
      [
        item('submitted', 'review', -1, '2026-11-20T02:00:00Z'),
        item('submitted', 'review', 7, '2026-12-01T02:00:00Z'),
        item('awaiting_submission', 'handoff', 20, '2026-11-29T17:00:00Z'), // Monday 30 Nov in Shanghai
        item('filed', 'done', null, '2026-10-01T02:00:00Z', '2026-12-02'),
      ],
      '2026-12-03T04:00:00Z',
      3,
    );
    expect(figures.byStatus).toEqual([
      { status: 'submitted', count: 2 },
      { status: 'awaiting_submission', count: 1 },
      { status: 'filed', count: 1 },
    ]);
    expect(figures.weeks).toEqual([
      { weekOf: '2026-11-16', received: 1, filed: 0 },
      { weekOf: '2026-11-23', received: 0, filed: 0 },
      { weekOf: '2026-11-30', received: 2, filed: 1 },
    ]);
    expect(figures.deadlines).toEqual({ open: 3, dueWithin7Days: 1, breached: 1 });
  });
});
