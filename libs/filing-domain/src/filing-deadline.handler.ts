import { EntityManager } from '@mikro-orm/postgresql';
import { CaseLinks } from '@tuoyu/identity';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { CaseDeadlineHandler } from './case-deadline.handler';
import { FilingCase } from './filing-case.entity';

export const FILING_CASE_SUBJECT = 'filing_case';

/** The 15-day filing deadline: at breach the case becomes overdue. */
@Injectable()
export class FilingDeadlineHandler extends CaseDeadlineHandler {
  readonly subjectType = FILING_CASE_SUBJECT;
  protected readonly duty = '托育机构备案 (childcare institution filing)';

  constructor(config: AppConfig, links: CaseLinks) {
    super(config, links);
  }

  protected caseOf(em: EntityManager, deadline: Deadline): Promise<FilingCase> {
    return em.findOneOrFail(FilingCase, deadline.subjectId);
  }

  protected onBreach(_em: EntityManager, _deadline: Deadline, filingCase: FilingCase): Promise<void> {
    if (filingCase.status === 'awaiting_submission') filingCase.apply('breach');
    return Promise.resolve();
  }

  protected override onMoved(_em: EntityManager, deadline: Deadline, filingCase: FilingCase): Promise<void> {
    filingCase.dueOn = deadline.dueOn;
    filingCase.dueAt = deadline.dueAt;
    filingCase.dueExplanation = deadline.explanation;
    return Promise.resolve();
  }
}
