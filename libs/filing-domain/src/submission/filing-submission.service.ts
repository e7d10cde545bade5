import { randomUUID } from 'node:crypto';
import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { CaseLinks, PiiHasher, Principal, maskResidentId } from '@tuoyu/identity';
import { ConflictError, FieldProblem, InvalidInputError, NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { BanRecord } from '../bans/ban-record.entity';
import { FilingCase } from '../filing-case.entity';
import { FILING_CASE_SUBJECT } from '../filing-deadline.handler';
import { CORRECTION_REQUEST_SUBJECT } from '../review/correction-deadline.handler';
import { CorrectionRequest } from '../review/correction-request.entity';
import { submittedDocuments } from '../documents/submitted-documents';
import type { SubmitFilingCommand } from './filing-materials';
import { FilingSubmission } from './filing-submission.entity';
import { materialProblems } from './material-rules';
import { RosterEntry } from './roster-entry.entity';
import { addSubmissionConfirmation } from './submission-confirmation';
import { FILING_SUBMISSION_SUBJECT } from './submission-deadline.handler';

export interface SubmissionView {
  submissionId: string;
  filingCaseId: string;
  sequence: number;
  status: string;
  submittedOn: string;
  /** The department's clocks, started by this submission. */
  receiptDueOn: string;
  decisionDueOn: string;
  staff: { name: string; role: string; idNumber: string }[];
}

/**
 * The institution files its materials and roster. A submission meets the filing deadline (or answers a
 * correction request), starts the department's clocks (receipt in 5 working days, a non-compliance notice in
 * 15 working days) and confirms its arrival to the institution.
 */
@Injectable()
export class FilingSubmissionService {
  private readonly logger = new Logger(FilingSubmissionService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly pii: PiiHasher,
    private readonly scheduler: DeadlineScheduler,
    private readonly outbox: Outbox,
    private readonly links: CaseLinks,
  ) {}

  async submit(caseId: string, command: SubmitFilingCommand, principal: Principal): Promise<SubmissionView> {
    try {
      return await this.em.fork().transactional((em) => this.record(em, caseId, command, principal));
    } catch (error) {
      // Two institutions racing to list the same carer: the partial unique index decides.
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError('A carer on this roster was just listed by another institution; check and retry', [
          { field: 'staff', code: 'on_other_roster', message: 'a carer may be on one active roster only' },
        ]);
      }
      throw error;
    }
  }

  private async record(
    em: EntityManager,
    caseId: string,
    command: SubmitFilingCommand,
    principal: Principal,
  ): Promise<SubmissionView> {
    const caseSubject = { type: FILING_CASE_SUBJECT, id: caseId };
    await this.scheduler.hold(em, caseSubject, 'filing');
    const filingCase = await em.findOne(FilingCase, caseId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Another institution's case is reported as absent: no existence leak.
    if (!filingCase || filingCase.uscc !== principal.uscc)
      throw new NotFoundError(`Filing case ${caseId} does not exist`);
    const sanction = await em.findOne(BanRecord, { subject: 'institution', uscc: filingCase.uscc });
    if (sanction) {
      throw new ConflictError(
        `${filingCase.name} is under a credit sanction (失信惩戒) and cannot file: ${sanction.reason}`,
      );
    }
    // Checked once the case is known to be the caller's: the documents must be this case's uploads.
    const documents = await submittedDocuments(em, filingCase.id, command.documents);
    const problems = materialProblems(
      command,
      documents.map((d) => d.kind),
    );
    if (problems.length) {
      throw new InvalidInputError(`The submission does not meet the filing requirements (备案材料不齐全)`, problems);
    }
    const answering = filingCase.status === 'correction_requested';
    filingCase.apply(answering ? 'resubmit' : 'submit');

    const staff = command.staff.map((member) => ({
      ...member,
      hash: this.pii.residentId(member.idNumber),
      masked: maskResidentId(member.idNumber),
    }));
    await this.checkRoster(em, filingCase, staff);

    const now = this.clock.now();
    const submittedOn = localDateAt(now);
    const sequence = (await em.count(FilingSubmission, { filingCase })) + 1;
    await em.nativeUpdate(FilingSubmission, { filingCase, outcome: 'under_review' }, { outcome: 'closed' });
    const submission = em.create(FilingSubmission, {
      id: randomUUID(),
      filingCase,
      sequence,
      materials: command.materials,
      documents,
      submittedOn,
      submittedAt: now,
      outcome: 'under_review',
    });
    await em.nativeUpdate(RosterEntry, { filingCase, active: true }, { active: false });
    for (const member of staff) {
      em.create(RosterEntry, {
        id: randomUUID(),
        filingCase,
        submissionId: submission.id,
        personIdHash: member.hash,
        personIdMasked: member.masked,
        name: member.name,
        role: member.role,
        active: true,
      });
    }

    const region = filingCase.regionCode;
    await this.scheduler.meet(em, caseSubject, 'filing');
    if (answering) {
      const open = await em.find(CorrectionRequest, { filingCase, status: 'open' });
      for (const request of open) {
        request.status = 'answered';
        await this.scheduler.meet(em, { type: CORRECTION_REQUEST_SUBJECT, id: request.id }, 'correction');
      }
    }
    const subject = { type: FILING_SUBMISSION_SUBJECT, id: submission.id, regionCode: region };
    const receipt = await this.scheduler.open(em, subject, 'department_receipt', submittedOn);
    const decision = await this.scheduler.open(em, subject, 'non_compliance_notice', submittedOn);
    await addSubmissionConfirmation(em, this.outbox, this.links, filingCase, submission, receipt);
    this.logger.log(`case ${filingCase.id}: submission #${sequence}, receipt due ${receipt.dueOn}`);
    return {
      submissionId: submission.id,
      filingCaseId: filingCase.id,
      sequence,
      status: filingCase.status,
      submittedOn,
      receiptDueOn: receipt.dueOn,
      decisionDueOn: decision.dueOn,
      staff: staff.map((m) => ({ name: m.name, role: m.role, idNumber: m.masked })),
    };
  }

  /** Refuses banned carers and carers on another institution's active roster, naming each one. */
  private async checkRoster(
    em: EntityManager,
    filingCase: FilingCase,
    staff: { name: string; hash: string; masked: string }[],
  ): Promise<void> {
    const hashes = staff.map((m) => m.hash);
    const bans = await em.find(BanRecord, { subject: 'person', personIdHash: { $in: hashes } });
    const elsewhere = await em.find(
      RosterEntry,
      { personIdHash: { $in: hashes }, active: true, filingCase: { $ne: filingCase.id } },
      { populate: ['filingCase'] },
    );
    const problems: FieldProblem[] = [];
    staff.forEach((member, i) => {
      const ban = bans.find((b) => b.personIdHash === member.hash);
      if (ban) {
        problems.push({
          field: `staff[${i}].idNumber`,
          code: 'banned',
          message: `${member.name} (${member.masked}) is banned from childcare work (终身禁入): ${ban.reason}`,
        });
      }
      const other = elsewhere.find((r) => r.personIdHash === member.hash);
      if (other) {
        problems.push({
          field: `staff[${i}].idNumber`,
          code: 'on_other_roster',
          message: `${member.name} (${member.masked}) is on the active roster of ${other.filingCase.name} (${other.filingCase.uscc}); a carer may work at one institution only`,
        });
      }
    });
    if (problems.length) throw new ConflictError('The roster was refused (人员名单不符合要求)', problems);
  }
}
