import { EntityManager } from '@mikro-orm/postgresql';
import { CaseLinks } from '@tuoyu/identity';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { CaseDeadlineHandler } from '../case-deadline.handler';
import { FilingCase } from '../filing-case.entity';
import { CorrectionRequest } from './correction-request.entity';

export const CORRECTION_REQUEST_SUBJECT = 'correction_request';

/** The institution's correction period (补正): reminders to it, escalation to the department at breach. */
@Injectable()
export class CorrectionDeadlineHandler extends CaseDeadlineHandler {
  readonly subjectType = CORRECTION_REQUEST_SUBJECT;
  protected readonly duty = '补正备案材料 (correcting the filing materials)';

  constructor(config: AppConfig, links: CaseLinks) {
    super(config, links);
  }

  protected async caseOf(em: EntityManager, deadline: Deadline): Promise<FilingCase> {
    const request = await em.findOneOrFail(CorrectionRequest, deadline.subjectId, { populate: ['filingCase'] });
    return request.filingCase;
  }

  protected onBreach(): Promise<void> {
    return Promise.resolve();
  }
}
