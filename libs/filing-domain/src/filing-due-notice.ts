import { FilingDueProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { Deadline, shanghaiIso } from '@tuoyu/deadlines';
import { CaseLinks } from '@tuoyu/identity';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, OutboxOptions } from '@tuoyu/messaging';
import { contactOf, departmentContactFor } from './department-contact';
import type { Department } from './department.entity';
import { FilingCase } from './filing-case.entity';

/**
 * The institution's first notice: its filing due date, how it was computed, and whom to ask (`known`: the
 * department as the caller already looked it up, null for none; else it is looked up here; `options`: the outbox's).
 */
export async function addFilingDueNotice(
  em: EntityManager,
  outbox: Outbox,
  links: CaseLinks,
  filingCase: FilingCase,
  deadline: Deadline,
  known?: Department | null,
  options: OutboxOptions = {},
): Promise<void> {
  const props: FilingDueProps = {
    institutionName: filingCase.name,
    uscc: filingCase.uscc,
    approvedOn: filingCase.registrationApprovedOn,
    dueOn: filingCase.dueOn,
    dueAt: shanghaiIso(deadline.dueAt),
    dueExplanation: deadline.explanation,
    dueExplanationSteps: deadline.explanationSteps,
    caseUrl: links.forInstitution(filingCase.id, filingCase.uscc),
    department: known !== undefined ? contactOf(known) : await departmentContactFor(em, filingCase.regionCode),
  };
  outbox.add(
    em,
    QueueName.Notification,
    MessageType.NotificationRequested,
    {
      v: 1,
      // Names the notice, not the attempt: the case's first notice to this address is sent once.
      idempotencyKey: `filing-due:${filingCase.id}:${filingCase.contactEmail}`,
      template: NoticeTemplate.FilingDue,
      locale: 'zh-CN',
      to: [filingCase.contactEmail],
      props: { ...props },
    },
    options,
  );
}
