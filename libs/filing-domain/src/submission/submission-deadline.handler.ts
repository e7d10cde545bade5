import { EntityManager } from '@mikro-orm/postgresql';
import { CaseLinks } from '@tuoyu/identity';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline, Recipient } from '@tuoyu/deadlines';
import { CaseDeadlineHandler } from '../case-deadline.handler';
import { FilingCase } from '../filing-case.entity';
import { FilingSubmission } from './filing-submission.entity';

export const FILING_SUBMISSION_SUBJECT = 'filing_submission';

/** The department's own clocks on a submission (national 办法 §9): its reminders, escalation to administrators. */
@Injectable()
export class SubmissionDeadlineHandler extends CaseDeadlineHandler {
  readonly subjectType = FILING_SUBMISSION_SUBJECT;
  protected readonly duty = '备案材料审核 (review of filing materials)';
  protected override readonly dutyHolder: Recipient = 'department';

  constructor(config: AppConfig, links: CaseLinks) {
    super(config, links);
  }

  protected async caseOf(em: EntityManager, deadline: Deadline): Promise<FilingCase> {
    const submission = await em.findOneOrFail(FilingSubmission, deadline.subjectId, { populate: ['filingCase'] });
    return submission.filingCase;
  }

  protected override dutyOf(deadline: Deadline): string {
    return deadline.kind === 'department_receipt'
      ? '出具备案回执 (filing receipt, within 5 working days of the materials)'
      : '不符合要求的告知 (non-compliance notice, within 15 working days of the materials)';
  }

  protected onBreach(): Promise<void> {
    return Promise.resolve();
  }
}
