import { randomUUID } from 'node:crypto';
import { CaseLinks } from '@tuoyu/identity';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { RegistrationApproved, RegistrationCancelled, RegistrationChanged } from '@tuoyu/contracts';
import { DeadlineScheduler } from '@tuoyu/deadlines';
import { Outbox } from '@tuoyu/messaging';
import { FILING_CHANGE_SUBJECT } from './change-filing-deadline.handler';
import { FilingCase } from './filing-case.entity';
import { FilingChange } from './filing-change.entity';
import { FILING_CASE_SUBJECT } from './filing-deadline.handler';
import { HandoffService } from './handoff/handoff.service';
import { addFilingDueNotice } from './filing-due-notice';
import { ImportedCaseService } from './import/imported-case.service';
import { CORRECTION_REQUEST_SUBJECT } from './review/correction-deadline.handler';
import { CorrectionRequest } from './review/correction-request.entity';
import { FilingSubmission } from './submission/filing-submission.entity';
import { RosterEntry } from './submission/roster-entry.entity';
import { FILING_SUBMISSION_SUBJECT } from './submission/submission-deadline.handler';
import { DocumentRetention } from './documents/document-retention';

/** Opens filing cases from registration handoffs and tells both sides. */
@Injectable()
export class FilingCaseService {
  private readonly logger = new Logger(FilingCaseService.name);

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly scheduler: DeadlineScheduler,
    private readonly handoffs: HandoffService,
    private readonly links: CaseLinks,
    private readonly documents: DocumentRetention,
    private readonly imported: ImportedCaseService,
  ) {}

  /**
   * Opens the case with its 15-day filing deadline, hands it to the department (which meets the registration
   * side's sharing duty, or holds it until the region has a department) and asks for the institution's first
   * notice, all in the caller's unit of work. It only reads and creates (no locks, no loaded entity changed), so
   * the consumer writes it all with its inbox row as one statement (Inbox.handleOnceInOneStatement).
   */
  async openFromHandoff(em: EntityManager, handoff: RegistrationApproved): Promise<FilingCase> {
    if (handoff.history) {
      // An import's handoff sent alone (before imports sent RegistrationsImported): a batch of one.
      const [opened] = await this.imported.openBatch(em, {
        v: 1,
        importId: handoff.history.importId,
        registrations: [handoff],
      });
      return opened ?? (await em.findOneOrFail(FilingCase, { registrationId: handoff.registrationId }));
    }
    const { existing, department } = await em
      .getRepository(FilingCase)
      .handoffContext(handoff.registrationId, handoff.regionCode);
    if (existing) return existing;
    const now = this.clock.now();
    const id = randomUUID();
    const deadline = this.scheduler.openNew(
      em,
      { type: FILING_CASE_SUBJECT, id, regionCode: handoff.regionCode },
      'filing',
      handoff.approvedOn,
    );
    const filingCase = em.create(FilingCase, {
      id,
      registrationId: handoff.registrationId,
      uscc: handoff.uscc,
      name: handoff.name,
      regionCode: handoff.regionCode,
      address: handoff.address,
      contactEmail: handoff.contactEmail,
      serviceTypes: handoff.serviceTypes,
      capacity: handoff.capacity,
      inclusive: handoff.inclusive,
      registrationApprovedOn: handoff.approvedOn,
      dueOn: deadline.dueOn,
      dueAt: deadline.dueAt,
      dueExplanation: deadline.explanation,
      status: 'awaiting_submission',
      openedAt: now,
    });
    await this.handoffs.receive(em, filingCase, department);
    await addFilingDueNotice(em, this.outbox, this.links, filingCase, deadline, department);
    this.logger.log(`filing case ${filingCase.id} opened for ${filingCase.uscc}, due ${filingCase.dueOn}`);
    return filingCase;
  }

  /**
   * A registration change: the case takes the new facts and a change-filing deadline (变更备案, 15 日) opens.
   * Throws while the case does not exist yet (the change overtook its approval): the queue retries.
   */
  async applyChange(em: EntityManager, change: RegistrationChanged): Promise<FilingChange> {
    const filingCase = await em.getRepository(FilingCase).findByRegistration(change.registrationId);
    if (!filingCase)
      throw new Error(`RegistrationChanged ${change.changeId} arrived before its registration's case; retrying`);
    const existing = await em.findOne(FilingChange, change.changeId);
    if (existing) return existing;
    const { name, address, contactEmail, serviceTypes, capacity } = change.changes;
    em.assign(
      filingCase,
      Object.fromEntries(
        Object.entries({ name, address, contactEmail, serviceTypes, capacity }).filter(([, v]) => v !== undefined),
      ),
    );
    const filingChange = em.create(FilingChange, {
      id: change.changeId,
      filingCase,
      changedOn: change.changedOn,
      changes: { ...change.changes },
      status: filingCase.status === 'closed' ? 'closed' : 'awaiting_submission',
      receivedAt: this.clock.now(),
    });
    if (filingChange.status === 'closed') return filingChange;
    const deadline = await this.scheduler.open(
      em,
      { type: FILING_CHANGE_SUBJECT, id: filingChange.id, regionCode: filingCase.regionCode },
      'change_filing',
      change.changedOn,
    );
    this.logger.log(`change ${filingChange.id} of case ${filingCase.id}: change filing due ${deadline.dueOn}`);
    return filingChange;
  }

  /** The registration was cancelled (注销): the case closes and every deadline it still has is cancelled. */
  async closeFromCancellation(em: EntityManager, cancellation: RegistrationCancelled): Promise<void> {
    const filingCase = await em.getRepository(FilingCase).findByRegistration(cancellation.registrationId);
    if (!filingCase)
      throw new Error(`RegistrationCancelled for ${cancellation.registrationId} arrived before its case; retrying`);
    if (filingCase.status === 'closed') return;
    filingCase.apply('close');
    const subject = { type: FILING_CASE_SUBJECT, id: filingCase.id, regionCode: filingCase.regionCode };
    await this.scheduler.cancel(em, subject, 'filing');
    // A closed institution employs nobody under this filing, and nothing is left to review or correct.
    await em.nativeUpdate(RosterEntry, { filingCase, active: true }, { active: false });
    for (const submission of await em.find(FilingSubmission, { filingCase, outcome: 'under_review' })) {
      submission.outcome = 'closed';
      const clocks = { ...subject, type: FILING_SUBMISSION_SUBJECT, id: submission.id };
      await this.scheduler.cancel(em, clocks, 'department_receipt');
      await this.scheduler.cancel(em, clocks, 'non_compliance_notice');
    }
    for (const request of await em.find(CorrectionRequest, { filingCase, status: 'open' })) {
      request.status = 'closed';
      await this.scheduler.cancel(em, { ...subject, type: CORRECTION_REQUEST_SUBJECT, id: request.id }, 'correction');
    }
    for (const change of await em.find(FilingChange, { filingCase, status: 'awaiting_submission' })) {
      change.status = 'closed';
      await this.scheduler.cancel(em, { ...subject, type: FILING_CHANGE_SUBJECT, id: change.id }, 'change_filing');
    }
    // The documents stay (archives): closing only starts their retention period.
    await this.documents.caseClosed(em, filingCase);
    this.logger.log(`case ${filingCase.id} closed: registration cancelled on ${cancellation.cancelledOn}`);
  }
}
