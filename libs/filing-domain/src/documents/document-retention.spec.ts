import { retentionEnd } from './document-retention';

describe('retentionEnd', () => {
  it.each([
    ['2026-11-20', 30, '2056-11-20'],
    ['2026-01-01', 1, '2027-01-01'],
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2026-12-31', 10, '2036-12-31'],
  ])('%s + %i years → %s', (closedOn, years, end) => {
    expect(retentionEnd(closedOn, years)).toBe(end);
  });
});
