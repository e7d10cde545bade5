import { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { DeadlineNoticeProps, NoticeTemplate } from '@tuoyu/contracts';
import {
  Deadline,
  DeadlineSubjectHandler,
  Recipient,
  RungContext,
  RungNotice,
  rungTemplate,
  shanghaiIso,
} from '@tuoyu/deadlines';

/** What a department's duty is about, as its notices name it. */
export interface DutyCase {
  subjectName: string;
  uscc?: string;
  duty: string;
  caseUrl: string;
  departmentEmail?: string;
}

/**
 * A duty the county department holds on one case (a complaint to answer, an incident to follow up): the
 * department is reminded and told when it is overdue, administrators receive the escalation.
 */
export abstract class DepartmentDutyHandler implements DeadlineSubjectHandler {
  abstract readonly subjectType: string;
  private readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly config: AppConfig) {}

  protected abstract caseOf(em: EntityManager, deadline: Deadline): Promise<DutyCase>;

  /** The case changes at breach (e.g. marked overdue), in the rung's transaction. */
  protected abstract onBreach(em: EntityManager, deadline: Deadline): Promise<void>;

  /** A loaded holiday notice moved the due date: the case shows the new one. */
  protected abstract onMoved(em: EntityManager, deadline: Deadline): Promise<void>;

  async onRung(em: EntityManager, { deadline, rung, ladderRung }: RungContext): Promise<RungNotice[]> {
    const dutyCase = await this.caseOf(em, deadline);
    if (ladderRung.name === 'breach') await this.onBreach(em, deadline);
    const notices: RungNotice[] = [];
    for (const recipient of ladderRung.recipients) {
      const to = this.addressOf(recipient, dutyCase);
      if (!to) continue;
      const template = rungTemplate(recipient, 'department', ladderRung);
      notices.push({ to, template, props: this.propsOf(dutyCase, deadline, rung.rung) });
    }
    return notices;
  }

  async onDueMoved(em: EntityManager, deadline: Deadline, previousDueOn: string): Promise<RungNotice[]> {
    const dutyCase = await this.caseOf(em, deadline);
    await this.onMoved(em, deadline);
    const to = this.addressOf('department', dutyCase);
    const props = { ...this.propsOf(dutyCase, deadline, 'moved'), previousDueOn };
    return to ? [{ to, template: NoticeTemplate.DeadlineMoved, props }] : [];
  }

  private propsOf(dutyCase: DutyCase, deadline: Deadline, rung: string): DeadlineNoticeProps {
    return {
      subjectName: dutyCase.subjectName,
      uscc: dutyCase.uscc,
      duty: dutyCase.duty,
      dueOn: deadline.dueOn,
      dueAt: shanghaiIso(deadline.dueAt),
      dueExplanation: deadline.explanation,
      dueExplanationSteps: deadline.explanationSteps,
      rung,
      escalatedTo: 'admin',
      caseUrl: dutyCase.caseUrl,
    };
  }

  private addressOf(recipient: Recipient, dutyCase: DutyCase): string | undefined {
    const address =
      recipient === 'department'
        ? dutyCase.departmentEmail
        : recipient === 'admin'
          ? this.config.adminEmail
          : undefined;
    if (!address)
      this.logger.warn(`no ${recipient} address for ${dutyCase.subjectName}: its deadline notice is not sent`);
    return address;
  }
}
