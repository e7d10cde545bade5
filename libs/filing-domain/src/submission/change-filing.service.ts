import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { DeadlineScheduler } from '@tuoyu/deadlines';
import { Principal } from '@tuoyu/identity';
import { ConflictError, NotFoundError } from '@tuoyu/kernel';
import { FILING_CHANGE_SUBJECT } from '../change-filing-deadline.handler';
import { FilingChange } from '../filing-change.entity';
import { submittedDocuments } from '../documents/submitted-documents';

/** 变更备案: the institution files a registration change; its 15-day change-filing deadline is met. */
@Injectable()
export class ChangeFilingService {
  constructor(
    private readonly em: EntityManager,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  submit(
    caseId: string,
    changeId: string,
    documentIds: string[],
    principal: Principal,
  ): Promise<{ changeId: string; status: string }> {
    return this.em.fork().transactional(async (em) => {
      const change = await em.findOne(FilingChange, { id: changeId, filingCase: caseId }, { populate: ['filingCase'] });
      if (!change || change.filingCase.uscc !== principal.uscc) {
        throw new NotFoundError(`Change ${changeId} of filing case ${caseId} does not exist`);
      }
      if (change.status !== 'awaiting_submission') {
        throw new ConflictError(`Change ${changeId} is ${change.status}: only an awaiting change can be filed`);
      }
      change.status = 'submitted';
      change.documents = await submittedDocuments(em, change.filingCase.id, documentIds);
      await this.scheduler.meet(em, { type: FILING_CHANGE_SUBJECT, id: change.id }, 'change_filing');
      return { changeId: change.id, status: change.status };
    });
  }
}
