import { computeDeadline } from './period';

describe('computeDeadline (calendar days, start day not counted)', () => {
  it.each([
    ['2026-09-20', 15, '2026-10-05'],
    ['2026-09-20', 30, '2026-10-20'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-02-14', 15, '2028-02-29'],
    ['2026-12-20', 15, '2027-01-04'],
  ])('%s + %i days ends on %s at 24:00 Shanghai', (start, days, dueOn) => {
    const deadline = computeDeadline(start, days);
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.dueAt).toBe(`${dueOn}T23:59:59.999+08:00`);
    expect(deadline.explanation.join(' ')).toContain(start);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['20260920'], ['']])('rejects the impossible date %p', (start) => {
    expect(() => computeDeadline(start, 15)).toThrow(/not a real calendar date/);
  });

  it.each([[0], [-3], [1.5]])('rejects a period of %p days', (days) => {
    expect(() => computeDeadline('2026-09-20', days)).toThrow(RangeError);
  });
});
