import { ConflictError } from '@tuoyu/kernel';

export const FILING_STATUSES = [
  'awaiting_submission',
  'submitted',
  'correction_requested',
  'filed',
  'rejected',
  'overdue',
  'closed',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_EVENTS = [
  'submit',
  'breach',
  'request_correction',
  'resubmit',
  'accept',
  'find_non_compliant',
  'close',
] as const;
export type FilingEvent = (typeof FILING_EVENTS)[number];

/**
 * Every status change of a filing case, in one table: an event not listed for the current status is illegal.
 * A rejected (non-compliant) case may file again once it has remedied the reasons.
 */
export const FILING_TRANSITIONS: Record<FilingStatus, Partial<Record<FilingEvent, FilingStatus>>> = {
  awaiting_submission: { submit: 'submitted', breach: 'overdue', close: 'closed' },
  overdue: { submit: 'submitted', close: 'closed' },
  submitted: {
    accept: 'filed',
    request_correction: 'correction_requested',
    find_non_compliant: 'rejected',
    close: 'closed',
  },
  correction_requested: { resubmit: 'submitted', close: 'closed' },
  filed: { close: 'closed' },
  rejected: { submit: 'submitted', close: 'closed' },
  closed: {},
};

const EVENT_WORDS: Record<FilingEvent, string> = {
  submit: 'submit the filing (提交备案)',
  breach: 'pass the filing deadline',
  request_correction: 'request a correction (补正)',
  resubmit: 'resubmit corrected materials',
  accept: 'accept the filing (出具备案回执)',
  find_non_compliant: 'find the filing non-compliant',
  close: 'close the case',
};

/** The status after `event`, or a 409 naming the current status and what it allows. */
export function nextFilingStatus(caseId: string, from: FilingStatus, event: FilingEvent): FilingStatus {
  const to = FILING_TRANSITIONS[from][event];
  if (to) return to;
  const allowed = Object.keys(FILING_TRANSITIONS[from]) as FilingEvent[];
  throw new ConflictError(
    `Filing case ${caseId} is ${from}: cannot ${EVENT_WORDS[event]}` +
      (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (no further changes)'),
  );
}
