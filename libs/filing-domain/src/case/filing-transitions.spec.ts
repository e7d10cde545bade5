import { ConflictError } from '@tuoyu/kernel';
import { FILING_EVENTS, FILING_STATUSES, FilingEvent, FilingStatus, nextFilingStatus } from './filing-transitions';

describe('filing case transitions', () => {
  it.each<[FilingStatus, FilingEvent, FilingStatus]>([
    ['awaiting_submission', 'submit', 'submitted'],
    ['awaiting_submission', 'breach', 'overdue'],
    ['overdue', 'submit', 'submitted'],
    ['submitted', 'request_correction', 'correction_requested'],
    ['correction_requested', 'resubmit', 'submitted'],
    ['submitted', 'accept', 'filed'],
    ['submitted', 'find_non_compliant', 'rejected'],
    ['rejected', 'submit', 'submitted'],
    ['filed', 'close', 'closed'],
    ['overdue', 'close', 'closed'],
  ])('%s --%s--> %s', (from, event, to) => {
    expect(nextFilingStatus('c1', from, event)).toBe(to);
  });

  it.each<[FilingStatus, FilingEvent]>([
    ['awaiting_submission', 'accept'],
    ['filed', 'submit'],
    ['filed', 'request_correction'],
    ['correction_requested', 'accept'],
    ['submitted', 'submit'],
    ['closed', 'close'],
    ['overdue', 'breach'],
  ])('%s refuses %s with a 409 naming the current status', (from, event) => {
    expect(() => nextFilingStatus('c1', from, event)).toThrow(ConflictError);
    expect(() => nextFilingStatus('c1', from, event)).toThrow(`Filing case c1 is ${from}`);
  });

  it('every status can be left only towards known statuses, and closed is final', () => {
    for (const from of FILING_STATUSES) {
      for (const event of FILING_EVENTS) {
        try {
          expect(FILING_STATUSES).toContain(nextFilingStatus('c1', from, event));
        } catch (error) {
          expect(error).toBeInstanceOf(ConflictError);
        }
      }
    }
    expect(
      FILING_EVENTS.filter((e) => {
        try {
          nextFilingStatus('c', 'closed', e);
          return true;
        } catch {
          return false;
        }
      }),
    ).toEqual([]);
  });
});
