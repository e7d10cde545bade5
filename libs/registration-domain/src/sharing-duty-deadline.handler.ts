import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { DeadlineNoticeProps, NoticeTemplate } from '@tuoyu/contracts';
import {
  Deadline,
  DeadlineSubjectHandler,
  NO_ADMIN_EMAIL,
  Recipient,
  RungContext,
  RungNotice,
  rungTemplate,
  shanghaiIso,
} from '@tuoyu/deadlines';
import { AuthorityContact } from './authority/authority-contact.entity';
import { Registration } from './registration.entity';
import { SharingDuty } from './sharing-duty.entity';

export const SHARING_DUTY_SUBJECT = 'registration';

/**
 * The 30-day sharing duty while the registration has not reached a health department (e.g. the county has no
 * department in the directory yet): reminders to the registering authority, escalation to administrators.
 */
@Injectable()
export class SharingDutyDeadlineHandler implements DeadlineSubjectHandler {
  readonly subjectType = SHARING_DUTY_SUBJECT;
  private readonly logger = new Logger(SharingDutyDeadlineHandler.name);

  constructor(private readonly config: AppConfig) {}

  async onRung(em: EntityManager, { deadline, rung, ladderRung }: RungContext): Promise<RungNotice[]> {
    const duty = await this.dutyOf(em, deadline);
    if (ladderRung.name === 'breach') duty.markOverdue();
    const props = this.propsOf(duty.registration, deadline, rung.rung);
    const notices = new Map<string, RungNotice>();
    for (const recipient of ladderRung.recipients) {
      const to = await this.addressOf(em, recipient, duty.registration);
      const template = rungTemplate(recipient, 'authority', ladderRung);
      if (!to && (recipient === 'admin' || recipient === 'authority')) {
        // Nobody to tell: recorded as a failed delivery with the reason, never dropped.
        const key = `unaddressed:${template}`;
        if (!notices.has(key)) notices.set(key, { unaddressed: NO_ADMIN_EMAIL, template, props });
        continue;
      }
      if (!to || notices.has(to)) continue;
      notices.set(to, { to, template, props });
    }
    return [...notices.values()];
  }

  async onDueMoved(em: EntityManager, deadline: Deadline, previousDueOn: string): Promise<RungNotice[]> {
    const duty = await this.dutyOf(em, deadline);
    duty.dueOn = deadline.dueOn;
    duty.dueAt = deadline.dueAt;
    const to = await this.addressOf(em, 'authority', duty.registration);
    if (!to) return [];
    const props = { ...this.propsOf(duty.registration, deadline, 'moved'), previousDueOn };
    return [{ to, template: NoticeTemplate.DeadlineMoved, props }];
  }

  private async dutyOf(em: EntityManager, deadline: Deadline): Promise<SharingDuty> {
    const duty = await em.getRepository(SharingDuty).findByRegistration(deadline.subjectId);
    if (!duty) throw new Error(`sharing duty of registration ${deadline.subjectId} is missing`);
    return duty;
  }

  private propsOf(registration: Registration, deadline: Deadline, rung: string): DeadlineNoticeProps {
    return {
      subjectName: registration.name,
      uscc: registration.uscc,
      duty: '登记信息共享至县级卫生健康部门 (sharing the registration with the county health department)',
      dueOn: deadline.dueOn,
      dueAt: shanghaiIso(deadline.dueAt),
      dueExplanation: deadline.explanation,
      dueExplanationSteps: deadline.explanationSteps,
      rung,
      escalatedTo: 'admin',
      caseUrl: `${this.config.publicBaseUrl}/authority/registrations/${registration.id}`,
    };
  }

  private async addressOf(
    em: EntityManager,
    recipient: Recipient,
    registration: Registration,
  ): Promise<string | undefined> {
    switch (recipient) {
      case 'authority': {
        const contact = await em
          .getRepository(AuthorityContact)
          .nearest(registration.authorityKind, registration.regionCode);
        if (contact) return contact.email;
        // A duty nobody hears about is worse than an administrator hearing it in the authority's place.
        this.logger.warn(
          `no ${registration.authorityKind} authority contact covers region ${registration.regionCode}: ` +
            `sharing-duty notice of registration ${registration.id} goes to the administrators`,
        );
        return this.config.adminEmail;
      }
      case 'admin':
        return this.config.adminEmail;
      case 'institution':
      case 'department':
        return undefined;
    }
  }
}
