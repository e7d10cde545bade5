import { EntityManager } from '@mikro-orm/postgresql';
import { CaseLinks } from '@tuoyu/identity';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { DeadlineNoticeProps, DepartmentContact, NoticeTemplate } from '@tuoyu/contracts';
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
import { departmentContactFor } from './department-contact';
import { Department } from './department.entity';
import { FilingCase } from './filing-case.entity';

/**
 * Deadlines on a filing case: the institution's (the filing, change filings, corrections: escalated to the
 * county department) and the department's own review clocks (escalated to administrators). The duty holder
 * gets reminders and the overdue notice; everyone else on a rung gets the escalation.
 */
export abstract class CaseDeadlineHandler implements DeadlineSubjectHandler {
  abstract readonly subjectType: string;
  protected abstract readonly duty: string;
  protected readonly dutyHolder: Recipient = 'institution';
  private readonly logger = new Logger(this.constructor.name);

  constructor(
    protected readonly config: AppConfig,
    protected readonly links: CaseLinks,
  ) {}

  /** The filing case a deadline of this subject type belongs to. */
  protected abstract caseOf(em: EntityManager, deadline: Deadline): Promise<FilingCase>;

  /** What a breach changes on the subject (e.g. the case becomes overdue). */
  protected abstract onBreach(em: EntityManager, deadline: Deadline, filingCase: FilingCase): Promise<void>;

  async onRung(em: EntityManager, { deadline, rung, ladderRung }: RungContext): Promise<RungNotice[]> {
    const filingCase = await this.caseOf(em, deadline);
    if (ladderRung.name === 'breach') await this.onBreach(em, deadline, filingCase);
    const notices: RungNotice[] = [];
    const department = await departmentContactFor(em, filingCase.regionCode);
    for (const recipient of ladderRung.recipients) {
      const to = await this.addressOf(em, recipient, filingCase);
      const template = rungTemplate(recipient, this.dutyHolder, ladderRung);
      const props = this.propsOf(filingCase, deadline, rung.rung, recipient, department);
      // Administrators' notices without ADMIN_EMAIL are recorded as failed deliveries with the reason.
      if (!to && recipient === 'admin') notices.push({ unaddressed: NO_ADMIN_EMAIL, template, props });
      if (!to) continue;
      notices.push({ to, template, props });
    }
    return notices;
  }

  async onDueMoved(em: EntityManager, deadline: Deadline, previousDueOn: string): Promise<RungNotice[]> {
    const filingCase = await this.caseOf(em, deadline);
    await this.onMoved(em, deadline, filingCase);
    const department = await departmentContactFor(em, filingCase.regionCode);
    const props = { ...this.propsOf(filingCase, deadline, 'moved', this.dutyHolder, department), previousDueOn };
    const to = await this.addressOf(em, this.dutyHolder, filingCase);
    return to ? [{ to, template: NoticeTemplate.DeadlineMoved, props }] : [];
  }

  /** Keeps the subject's copy of the due date in step (nothing by default). */
  protected onMoved(_em: EntityManager, _deadline: Deadline, _filingCase: FilingCase): Promise<void> {
    return Promise.resolve();
  }

  /** What is due, in words (one handler may own several kinds of deadline). */
  protected dutyOf(_deadline: Deadline): string {
    return this.duty;
  }

  protected propsOf(
    filingCase: FilingCase,
    deadline: Deadline,
    rung: string,
    recipient: Recipient,
    department?: DepartmentContact,
  ): DeadlineNoticeProps {
    return {
      subjectName: filingCase.name,
      uscc: filingCase.uscc,
      duty: this.dutyOf(deadline),
      dueOn: deadline.dueOn,
      dueAt: shanghaiIso(deadline.dueAt),
      dueExplanation: deadline.explanation,
      dueExplanationSteps: deadline.explanationSteps,
      rung,
      escalatedTo: this.dutyHolder === 'institution' ? 'department' : 'admin',
      caseUrl:
        recipient === 'institution'
          ? this.links.forInstitution(filingCase.id, filingCase.uscc)
          : this.links.plain(filingCase.id),
      // The institution is told whom to ask; the department and administrators know themselves.
      department: recipient === 'institution' ? department : undefined,
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
