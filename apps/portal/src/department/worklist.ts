import { type FilingCase, daysLeft } from '../institution/filing-case';

/** What the department does next on a case, and the deadline that runs meanwhile. */
export interface WorkItem {
  filing: FilingCase;
  lane: Lane;
  /** The running deadline: the department's review, the institution's correction, or the filing itself. */
  dueAt: string | null;
  dueLabel: string;
  /** Whole days until dueAt by the platform's clock (negative once overdue). */
  left: number | null;
}

export type Lane = 'review' | 'correction' | 'handoff' | 'done';

export const LANES: { lane: Lane; label: string }[] = [
  { lane: 'review', label: '待审查' },
  { lane: 'correction', label: '待补正' },
  { lane: 'handoff', label: '新移交待备案' },
  { lane: 'done', label: '已办结' },
];

function laneOf(status: string): Lane {
  switch (status) {
    case 'submitted':
      return 'review';
    case 'correction_requested':
      return 'correction';
    case 'awaiting_submission':
    case 'overdue':
      return 'handoff';
    default:
      return 'done';
  }
}

function runningDeadline(filing: FilingCase, lane: Lane): { dueAt: string | null; dueLabel: string } {
  switch (lane) {
    case 'review':
      return { dueAt: filing.reviewDueAt, dueLabel: '审查期限' };
    case 'correction':
      return { dueAt: filing.correction?.dueAt ?? null, dueLabel: '补正期限' };
    case 'handoff':
      return { dueAt: filing.dueAt, dueLabel: '备案期限' };
    case 'done':
      return { dueAt: null, dueLabel: '' };
  }
}

/** The region's cases as work: overdue first, then the nearest deadline; finished cases last. */
export function toWorklist(filings: FilingCase[], now: string): WorkItem[] {
  const items = filings.map((filing): WorkItem => {
    const lane = laneOf(filing.status);
    const { dueAt, dueLabel } = runningDeadline(filing, lane);
    return { filing, lane, dueAt, dueLabel, left: dueAt ? daysLeft(dueAt, now) : null };
  });
  const rank = (item: WorkItem) => (item.lane === 'done' ? 2 : item.left !== null && item.left < 0 ? 0 : 1);
  return items.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') ||
      a.filing.name.localeCompare(b.filing.name, 'zh'),
  );
}
