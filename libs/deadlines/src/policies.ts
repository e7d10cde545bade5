import { Deadline, computeDeadline } from './calculus/period';

/** Statutory periods (domain.md); per-region overrides and reminder ladders come with the deadline engine. */
export const SHARING_DUTY_DAYS = 30;
export const FILING_DAYS = 15;

/** The registration authority shares the registration with the county health department within 30 days. */
export function sharingDutyDeadline(approvedOn: string): Deadline {
  return computeDeadline(approvedOn, SHARING_DUTY_DAYS);
}

/** The institution files with the county health department within 15 days of approval. */
export function filingDeadline(approvedOn: string): Deadline {
  return computeDeadline(approvedOn, FILING_DAYS);
}
