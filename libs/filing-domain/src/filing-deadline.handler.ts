import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { DeadlineNoticeProps, NoticeTemplate } from '@tuoyu/contracts';
import { Deadline, DeadlineSubjectHandler, Recipient, RungContext, RungNotice, shanghaiIso } from '@tuoyu/deadlines';
import { Department } from './department.entity';
import { FilingCase } from './filing-case.entity';

export const FILING_CASE_SUBJECT = 'filing_case';

/** What the filing deadline's rungs mean: reminders to the institution, overdue at breach, escalation to the department. */
@Injectable()
export class FilingDeadlineHandler implements DeadlineSubjectHandler {
  readonly subjectType = FILING_CASE_SUBJECT;
  private readonly logger = new Logger(FilingDeadlineHandler.name);

  constructor(private readonly config: AppConfig) {}

  async onRung(em: EntityManager, { deadline, rung, ladderRung }: RungContext): Promise<RungNotice[]> {
    const filingCase = await em.findOneOrFail(FilingCase, deadline.subjectId);
    const overdue = ladderRung.name === 'breach' || ladderRung.name === 'overdue_weekly';
    if (ladderRung.name === 'breach' && filingCase.status === 'awaiting_submission') filingCase.status = 'overdue';
    const props = this.propsOf(filingCase, deadline, rung.rung);
    const notices: RungNotice[] = [];
    for (const recipient of ladderRung.recipients) {
      const to = await this.addressOf(em, recipient, filingCase);
      if (!to) continue;
      const template =
        recipient !== 'institution'
          ? NoticeTemplate.DeadlineEscalation
          : overdue
            ? NoticeTemplate.DeadlineOverdue
            : NoticeTemplate.DeadlineReminder;
      notices.push({ to, template, props });
    }
    return notices;
  }

  async onDueMoved(em: EntityManager, deadline: Deadline, previousDueOn: string): Promise<RungNotice[]> {
    const filingCase = await em.findOneOrFail(FilingCase, deadline.subjectId);
    filingCase.dueOn = deadline.dueOn;
    filingCase.dueAt = deadline.dueAt;
    filingCase.dueExplanation = deadline.explanation;
    const props = { ...this.propsOf(filingCase, deadline, 'moved'), previousDueOn };
    return [{ to: filingCase.contactEmail, template: NoticeTemplate.DeadlineMoved, props }];
  }

  private propsOf(filingCase: FilingCase, deadline: Deadline, rung: string): DeadlineNoticeProps {
    return {
      subjectName: filingCase.name,
      uscc: filingCase.uscc,
      duty: '托育机构备案 (childcare institution filing)',
      dueOn: deadline.dueOn,
      dueAt: shanghaiIso(deadline.dueAt),
      dueExplanation: deadline.explanation,
      rung,
      caseUrl: `${this.config.publicBaseUrl}/filings/${filingCase.id}`,
    };
  }

  private async addressOf(
    em: EntityManager,
    recipient: Recipient,
    filingCase: FilingCase,
  ): Promise<string | undefined> {
    switch (recipient) {
      case 'institution':
        return filingCase.contactEmail;
      case 'department': {
        const department = await em.getRepository(Department).forRegion(filingCase.regionCode);
        if (!department)
          this.logger.warn(
            `no department for region ${filingCase.regionCode}: escalation of case ${filingCase.id} not sent`,
          );
        return department?.email;
      }
      case 'admin':
        return this.config.adminEmail;
      case 'authority':
        return undefined;
    }
  }
}
