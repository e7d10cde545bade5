import { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
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
import { EvaluationLinks } from '../evaluation-links';
import { EvaluationSubject } from '../evaluation-subject.entity';

const DUTIES: Record<string, string> = {
  quality_evaluation: '托育机构质量评估 (quality evaluation, WS/T 821—2023)',
  supervision_inspection: '托育机构监督检查 (supervision inspection)',
  rectification: '限期整改 (rectification ordered after an inspection)',
};

/**
 * Deadlines about one evaluation subject. The department holds the evaluation and inspection duties (escalated to
 * administrators); the institution holds a rectification (escalated to the department). The duty holder gets
 * reminders and the overdue notice, everyone else on a rung the escalation.
 */
export abstract class EvaluationDeadlineHandler implements DeadlineSubjectHandler {
  abstract readonly subjectType: string;
  private readonly logger = new Logger(this.constructor.name);

  constructor(
    protected readonly config: AppConfig,
    protected readonly links: EvaluationLinks,
  ) {}

  protected abstract subjectOf(em: EntityManager, deadline: Deadline): Promise<EvaluationSubject>;

  protected onBreach(_em: EntityManager, _deadline: Deadline): Promise<void> {
    return Promise.resolve();
  }

  protected onMoved(_em: EntityManager, _deadline: Deadline): Promise<void> {
    return Promise.resolve();
  }

  async onRung(em: EntityManager, { deadline, rung, ladderRung }: RungContext): Promise<RungNotice[]> {
    const subject = await this.subjectOf(em, deadline);
    if (ladderRung.name === 'breach') await this.onBreach(em, deadline);
    const holder = this.dutyHolder(deadline);
    const notices: RungNotice[] = [];
    for (const recipient of ladderRung.recipients) {
      const to = this.addressOf(recipient, subject);
      const template = rungTemplate(recipient, holder, ladderRung);
      const props = this.propsOf(subject, deadline, rung.rung, recipient);
      // Administrators' notices without ADMIN_EMAIL are recorded as failed deliveries with the reason.
      if (!to && recipient === 'admin') notices.push({ unaddressed: NO_ADMIN_EMAIL, template, props });
      if (!to) continue;
      notices.push({ to, template, props });
    }
    return notices;
  }

  async onDueMoved(em: EntityManager, deadline: Deadline, previousDueOn: string): Promise<RungNotice[]> {
    const subject = await this.subjectOf(em, deadline);
    await this.onMoved(em, deadline);
    const holder = this.dutyHolder(deadline);
    const to = this.addressOf(holder, subject);
    const props = { ...this.propsOf(subject, deadline, 'moved', holder), previousDueOn };
    return to ? [{ to, template: NoticeTemplate.DeadlineMoved, props }] : [];
  }

  private dutyHolder(deadline: Deadline): Recipient {
    return deadline.kind === 'rectification' ? 'institution' : 'department';
  }

  private propsOf(
    subject: EvaluationSubject,
    deadline: Deadline,
    rung: string,
    recipient: Recipient,
  ): DeadlineNoticeProps {
    return {
      subjectName: subject.name,
      uscc: subject.uscc,
      duty: DUTIES[deadline.kind] ?? deadline.kind,
      dueOn: deadline.dueOn,
      dueAt: shanghaiIso(deadline.dueAt),
      dueExplanation: deadline.explanation,
      dueExplanationSteps: deadline.explanationSteps,
      rung,
      escalatedTo: this.dutyHolder(deadline) === 'institution' ? 'department' : 'admin',
      caseUrl:
        recipient === 'institution'
          ? this.links.forInstitution(subject.filingCaseId, subject.uscc)
          : this.links.plain(subject.filingCaseId),
    };
  }

  private addressOf(recipient: Recipient, subject: EvaluationSubject): string | undefined {
    const address =
      recipient === 'institution'
        ? subject.contactEmail
        : recipient === 'department'
          ? subject.departmentEmail
          : recipient === 'admin'
            ? this.config.adminEmail
            : undefined;
    if (!address && recipient !== 'authority') {
      this.logger.warn(`no ${recipient} address for ${subject.uscc}: its deadline notice is not sent`);
    }
    return address;
  }
}
