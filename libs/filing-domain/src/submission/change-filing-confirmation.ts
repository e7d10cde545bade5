import { EntityManager } from '@mikro-orm/postgresql';
import { ChangeFilingSubmittedProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { CaseLinks } from '@tuoyu/identity';
import { Outbox } from '@tuoyu/messaging';
import { departmentContactFor } from '../department-contact';
import { FilingChange } from '../filing-change.entity';

/**
 * 已收到变更备案: tells the institution its change filing arrived, naming the change it answers. Added in the
 * change filing's transaction, so a filing that rolls back (or is refused as already filed) confirms nothing.
 */
export async function addChangeFilingConfirmation(
  em: EntityManager,
  outbox: Outbox,
  links: CaseLinks,
  change: FilingChange,
  filedOn: string,
): Promise<void> {
  const filingCase = change.filingCase;
  const props: ChangeFilingSubmittedProps = {
    institutionName: filingCase.name,
    uscc: filingCase.uscc,
    changedOn: change.changedOn,
    filedOn,
    changes: { ...change.changes },
    caseUrl: links.forInstitution(filingCase.id, filingCase.uscc),
    department: await departmentContactFor(em, filingCase.regionCode),
  };
  outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
    v: 1,
    // One per change: a redelivery of the same change is not confirmed again, another change is confirmed anew.
    idempotencyKey: `change-filing-submitted:${change.id}:${filingCase.contactEmail}`,
    template: NoticeTemplate.ChangeFilingSubmitted,
    locale: 'zh-CN',
    to: [filingCase.contactEmail],
    props: { ...props },
  });
}
