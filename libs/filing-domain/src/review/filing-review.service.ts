import { randomUUID } from 'node:crypto';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import {
  CorrectionItem,
  CorrectionRequestedProps,
  FilingReceiptProps,
  MessageType,
  NonComplianceProps,
  NoticeTemplate,
  QueueName,
} from '@tuoyu/contracts';
import { DeadlineScheduler, localDateAt, shanghaiIso } from '@tuoyu/deadlines';
import { Principal, regionContains, CaseLinks } from '@tuoyu/identity';
import { ConflictError, NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { contactOf } from '../department-contact';
import { Department } from '../department.entity';
import { FilingCase } from '../filing-case.entity';
import { FilingSubmission } from '../submission/filing-submission.entity';
import { RosterEntry } from '../submission/roster-entry.entity';
import { FILING_SUBMISSION_SUBJECT } from '../submission/submission-deadline.handler';
import { BASIC_CONDITIONS } from './basic-conditions';
import { CORRECTION_REQUEST_SUBJECT } from './correction-deadline.handler';
import { CorrectionRequest } from './correction-request.entity';
import { nextReceiptNumber } from './receipt-number.repository';

export interface ReviewOutcome {
  filingCaseId: string;
  status: string;
  receiptNumber?: string;
  filedOn?: string;
  correctionDueOn?: string;
  decidedOn?: string;
}

/**
 * The department's decision on the current submission: receipt (回执), correction (补正, 一次性告知) or
 * non-compliance. Each decision stops the department's clocks on that submission and tells the institution.
 */
@Injectable()
export class FilingReviewService {
  private readonly logger = new Logger(FilingReviewService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly links: CaseLinks,
    private readonly outbox: Outbox,
    private readonly scheduler: DeadlineScheduler,
    private readonly audit: AuditTrail,
  ) {}

  accept(caseId: string, principal: Principal): Promise<ReviewOutcome> {
    return this.decide(caseId, principal, async (em, filingCase, submission, department) => {
      filingCase.apply('accept');
      submission.outcome = 'accepted';
      const today = localDateAt(this.clock.now());
      filingCase.filedOn = today;
      filingCase.receiptNumber = await nextReceiptNumber(em, filingCase.regionCode, Number(today.slice(0, 4)));
      this.outbox.add(em, QueueName.Evaluation, MessageType.FilingAccepted, {
        v: 1,
        filingCaseId: filingCase.id,
        uscc: filingCase.uscc,
        name: filingCase.name,
        regionCode: filingCase.regionCode,
        filedOn: today,
        contactEmail: filingCase.contactEmail,
        address: filingCase.address,
        departmentName: department.name,
        departmentEmail: department.email,
      });
      const props: FilingReceiptProps = {
        institutionName: filingCase.name,
        uscc: filingCase.uscc,
        receiptNumber: filingCase.receiptNumber,
        filedOn: today,
        departmentName: department.name,
        basicConditions: [...BASIC_CONDITIONS],
        caseUrl: this.caseUrl(filingCase),
        department: contactOf(department),
      };
      this.notify(em, `filing-receipt:${filingCase.id}`, filingCase, NoticeTemplate.FilingReceipt, props);
      return {
        filingCaseId: filingCase.id,
        status: filingCase.status,
        receiptNumber: filingCase.receiptNumber,
        filedOn: today,
      };
    });
  }

  requestCorrection(caseId: string, items: CorrectionItem[], principal: Principal): Promise<ReviewOutcome> {
    return this.decide(caseId, principal, async (em, filingCase, submission, department) => {
      filingCase.apply('request_correction');
      submission.outcome = 'correction_requested';
      const requestedOn = localDateAt(this.clock.now());
      const request = em.create(CorrectionRequest, {
        id: randomUUID(),
        filingCase,
        submissionId: submission.id,
        items,
        requestedOn,
        status: 'open',
      });
      const deadline = await this.scheduler.open(
        em,
        { type: CORRECTION_REQUEST_SUBJECT, id: request.id, regionCode: filingCase.regionCode },
        'correction',
        requestedOn,
      );
      const props: CorrectionRequestedProps = {
        institutionName: filingCase.name,
        uscc: filingCase.uscc,
        departmentName: department.name,
        items,
        dueOn: deadline.dueOn,
        dueAt: shanghaiIso(deadline.dueAt),
        dueExplanation: deadline.explanation,
        dueExplanationSteps: deadline.explanationSteps,
        caseUrl: this.caseUrl(filingCase),
        department: contactOf(department),
      };
      this.notify(em, `correction-requested:${request.id}`, filingCase, NoticeTemplate.CorrectionRequested, props);
      return { filingCaseId: filingCase.id, status: filingCase.status, correctionDueOn: deadline.dueOn };
    });
  }

  findNonCompliant(caseId: string, reasons: string[], principal: Principal): Promise<ReviewOutcome> {
    return this.decide(caseId, principal, async (em, filingCase, submission, department) => {
      filingCase.apply('find_non_compliant');
      submission.outcome = 'non_compliant';
      const decidedOn = localDateAt(this.clock.now());
      filingCase.nonComplianceReasons = reasons;
      filingCase.decidedOn = decidedOn;
      // A refused institution employs nobody under this filing: its carers may be listed elsewhere.
      await em.nativeUpdate(RosterEntry, { filingCase, active: true }, { active: false });
      const props: NonComplianceProps = {
        institutionName: filingCase.name,
        uscc: filingCase.uscc,
        departmentName: department.name,
        reasons,
        decidedOn,
        caseUrl: this.caseUrl(filingCase),
        department: contactOf(department),
      };
      this.notify(em, `non-compliance:${submission.id}`, filingCase, NoticeTemplate.NonCompliance, props);
      return { filingCaseId: filingCase.id, status: filingCase.status, decidedOn };
    });
  }

  /** Loads the case for its department, runs the decision and stops the submission's clocks, in one transaction. */
  private async decide(
    caseId: string,
    principal: Principal,
    decision: (
      em: EntityManager,
      filingCase: FilingCase,
      submission: FilingSubmission,
      department: Department,
    ) => Promise<ReviewOutcome>,
  ): Promise<ReviewOutcome> {
    return this.em.fork().transactional(async (em) => {
      const filingCase = await em.findOne(FilingCase, caseId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!filingCase || !principal.region || !regionContains(principal.region, filingCase.regionCode)) {
        throw new NotFoundError(`Filing case ${caseId} does not exist in your region`);
      }
      const submission = await em.findOne(FilingSubmission, { filingCase, outcome: 'under_review' });
      const department = await em.getRepository(Department).forRegion(filingCase.regionCode);
      if (!submission) {
        throw new ConflictError(`Filing case ${caseId} is ${filingCase.status}: it has no submission under review`);
      }
      if (!department) {
        throw new ConflictError(`Region ${filingCase.regionCode} has no department in the directory yet`);
      }
      const outcome = await decision(em, filingCase, submission, department);
      this.audit.record(em, 'filing.review', `filing_case:${filingCase.id}`, {
        submissionId: submission.id,
        outcome: outcome.status,
      });
      const subject = { type: FILING_SUBMISSION_SUBJECT, id: submission.id, regionCode: filingCase.regionCode };
      await this.scheduler.meet(em, subject, 'department_receipt');
      await this.scheduler.meet(em, subject, 'non_compliance_notice');
      this.logger.log(`case ${filingCase.id}: ${outcome.status} by ${principal.subject ?? principal.region}`);
      return outcome;
    });
  }

  private caseUrl(filingCase: FilingCase): string {
    return this.links.forInstitution(filingCase.id, filingCase.uscc);
  }

  private notify(em: EntityManager, key: string, filingCase: FilingCase, template: NoticeTemplate, props: object) {
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `${key}:${filingCase.contactEmail}`,
      template,
      locale: 'zh-CN',
      to: [filingCase.contactEmail],
      props: { ...props },
    });
  }
}
