import { EntityManager } from '@mikro-orm/postgresql';
import { CaseLinks } from '@tuoyu/identity';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { CaseDeadlineHandler } from './case-deadline.handler';
import { FilingCase } from './filing-case.entity';
import { FilingChange } from './filing-change.entity';

export const FILING_CHANGE_SUBJECT = 'filing_change';

/** The change filing (变更备案) after a registration change: reminders and escalation, the case stays as it is. */
@Injectable()
export class ChangeFilingDeadlineHandler extends CaseDeadlineHandler {
  readonly subjectType = FILING_CHANGE_SUBJECT;
  protected readonly duty = '托育机构变更备案 (change filing)';

  constructor(config: AppConfig, links: CaseLinks) {
    super(config, links);
  }

  protected async caseOf(em: EntityManager, deadline: Deadline): Promise<FilingCase> {
    const change = await em.findOneOrFail(FilingChange, deadline.subjectId, { populate: ['filingCase'] });
    return change.filingCase;
  }

  protected onBreach(): Promise<void> {
    return Promise.resolve();
  }
}
