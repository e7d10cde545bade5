import { EntityManager } from '@mikro-orm/postgresql';
import { FilingSubmittedProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { Deadline, shanghaiIso } from '@tuoyu/deadlines';
import { CaseLinks } from '@tuoyu/identity';
import { Outbox } from '@tuoyu/messaging';
import { departmentContactFor } from '../department-contact';
import { FilingCase } from '../filing-case.entity';
import { FilingSubmission } from './filing-submission.entity';

/**
 * 已收到备案材料: tells the institution its submission arrived and when the department's review (receipt clock)
 * is due. Added in the submission's transaction, so a submission that rolls back confirms nothing.
 */
export async function addSubmissionConfirmation(
  em: EntityManager,
  outbox: Outbox,
  links: CaseLinks,
  filingCase: FilingCase,
  submission: FilingSubmission,
  receipt: Deadline,
): Promise<void> {
  const props: FilingSubmittedProps = {
    institutionName: filingCase.name,
    uscc: filingCase.uscc,
    submissionNumber: submission.sequence,
    submittedOn: submission.submittedOn,
    reviewDueOn: receipt.dueOn,
    reviewDueAt: shanghaiIso(receipt.dueAt),
    caseUrl: links.forInstitution(filingCase.id, filingCase.uscc),
    department: await departmentContactFor(em, filingCase.regionCode),
  };
  outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
    v: 1,
    // One per submission: a resubmission (a new number) is confirmed again, a redelivery of the same one is not.
    idempotencyKey: `filing-submitted:${filingCase.id}:${submission.sequence}:${filingCase.contactEmail}`,
    template: NoticeTemplate.FilingSubmitted,
    locale: 'zh-CN',
    to: [filingCase.contactEmail],
    props: { ...props },
  });
}
