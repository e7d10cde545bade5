import type { PeriodUnit } from '../calculus/period';

/** Every kind of deadline the product keeps (domain.md). */
export const DEADLINE_KINDS = [
  'sharing_duty',
  'filing',
  'department_receipt',
  'non_compliance_notice',
  'correction',
  'rectification',
  'change_filing',
  'quality_evaluation',
  'supervision_inspection',
  'complaint_handling',
  'incident_follow_up',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type Recipient = 'institution' | 'department' | 'authority' | 'admin';

/**
 * One reminder rung: when it fires relative to the due date, at what local time, and to whom.
 * `daysFromDue` < 0 is before the due date, 0 on it; `breach` fires at the first instant after the deadline.
 */
export type ReminderRung =
  | { name: string; daysFromDue: number; at: string; recipients: Recipient[] }
  | { name: 'breach'; breach: true; recipients: Recipient[] }
  | { name: 'overdue_weekly'; everyDaysAfterBreach: number; at: string; recipients: Recipient[] };

export interface DeadlinePolicy {
  kind: DeadlineKind;
  /** Null when the period is set per case (a rectification order's deadline is the inspector's). */
  period: { amount: number; unit: PeriodUnit } | null;
  legalBasis: string;
  ladder: ReminderRung[];
}
