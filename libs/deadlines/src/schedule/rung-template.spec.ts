import { NoticeTemplate } from '@tuoyu/contracts';
import { Recipient, ReminderRung } from '../policies/deadline-policy';
import { rungTemplate } from './rung-template';

const reminder: ReminderRung = { name: 'due_in_3_days', daysFromDue: -3, at: '09:00', recipients: ['institution'] };
const breach: ReminderRung = { name: 'breach', breach: true, recipients: ['institution', 'department'] };
const weekly: ReminderRung = {
  name: 'overdue_weekly',
  everyDaysAfterBreach: 7,
  at: '09:00',
  recipients: ['institution'],
};

describe('rungTemplate', () => {
  it.each<[Recipient, Recipient, ReminderRung, NoticeTemplate]>([
    ['institution', 'institution', reminder, NoticeTemplate.DeadlineReminder],
    ['institution', 'institution', breach, NoticeTemplate.DeadlineOverdue],
    ['institution', 'institution', weekly, NoticeTemplate.DeadlineOverdue],
    ['department', 'institution', breach, NoticeTemplate.DeadlineEscalation],
    ['department', 'department', reminder, NoticeTemplate.DeadlineReminder],
    ['admin', 'department', breach, NoticeTemplate.DeadlineEscalation],
    ['authority', 'authority', breach, NoticeTemplate.DeadlineOverdue],
  ])('%s (duty holder %s) at %j gets %s', (recipient, holder, rung, template) => {
    expect(rungTemplate(recipient, holder, rung)).toBe(template);
  });
});
