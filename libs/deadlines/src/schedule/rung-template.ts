import { NoticeTemplate } from '@tuoyu/contracts';
import type { Recipient, ReminderRung } from '../policies/deadline-policy';

/**
 * Which notice a rung sends to a recipient: the duty holder is reminded before the due date and told it is
 * overdue after; anyone else on the rung receives the escalation.
 */
export function rungTemplate(recipient: Recipient, dutyHolder: Recipient, rung: ReminderRung): NoticeTemplate {
  if (recipient !== dutyHolder) return NoticeTemplate.DeadlineEscalation;
  const overdue = rung.name === 'breach' || rung.name === 'overdue_weekly';
  return overdue ? NoticeTemplate.DeadlineOverdue : NoticeTemplate.DeadlineReminder;
}
