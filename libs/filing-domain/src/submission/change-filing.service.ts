import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { CaseLinks, Principal } from '@tuoyu/identity';
import { ConflictError, NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { FILING_CHANGE_SUBJECT } from '../change-filing-deadline.handler';
import { FilingChange } from '../filing-change.entity';
import { submittedDocuments } from '../documents/submitted-documents';
import { addChangeFilingConfirmation } from './change-filing-confirmation';

/**
 * 变更备案: the institution files a registration change; its 15-day change-filing deadline is met and the
 * institution is told its filing arrived.
 */
@Injectable()
export class ChangeFilingService {
  constructor(
    private readonly em: EntityManager,
    private readonly scheduler: DeadlineScheduler,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly links: CaseLinks,
  ) {}

  submit(
    caseId: string,
    changeId: string,
    documentIds: string[],
    principal: Principal,
  ): Promise<{ changeId: string; status: string }> {
    return this.em.fork().transactional(async (em) => {
      // Locked: of two filings of the same change at once, the second waits, finds it submitted and gets a 409.
      const change = await em.findOne(
        FilingChange,
        { id: changeId, filingCase: caseId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (change) await em.populate(change, ['filingCase']);
      if (!change || change.filingCase.uscc !== principal.uscc) {
        throw new NotFoundError(`Change ${changeId} of filing case ${caseId} does not exist`);
      }
      if (change.status !== 'awaiting_submission') {
        throw new ConflictError(`Change ${changeId} is ${change.status}: only an awaiting change can be filed`);
      }
      change.status = 'submitted';
      change.documents = await submittedDocuments(em, change.filingCase.id, documentIds);
      await this.scheduler.meet(em, { type: FILING_CHANGE_SUBJECT, id: change.id }, 'change_filing');
      await addChangeFilingConfirmation(em, this.outbox, this.links, change, localDateAt(this.clock.now()));
      return { changeId: change.id, status: change.status };
    });
  }
}
