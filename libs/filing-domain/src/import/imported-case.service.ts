import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import {
  DeadlineNoticeProps,
  DepartmentDigestProps,
  DigestItem,
  HandoffReceived,
  ImportedHistory,
  MessageType,
  NoticeTemplate,
  QueueName,
  RegistrationApproved,
  RegistrationImportFinished,
  RegistrationsImported,
} from '@tuoyu/contracts';
import { Deadline, DeadlineScheduler, localDateAt, shanghaiIso } from '@tuoyu/deadlines';
import { CaseLinks } from '@tuoyu/identity';
import { Outbox } from '@tuoyu/messaging';
import { contactOf } from '../department-contact';
import { Department } from '../department.entity';
import { FilingCase } from '../filing-case.entity';
import { FILING_CASE_SUBJECT } from '../filing-deadline.handler';
import { addFilingDueNotice } from '../filing-due-notice';
import { HandoffService } from '../handoff/handoff.service';
import { ImportedCase, ImportedCaseState } from './imported-case.entity';

/**
 * Cases of institutions brought in by an import, opened in the state their history states: filed (the filing
 * deadline recorded met, evaluation told), awaiting submission (the usual first notice), or overdue (one overdue
 * notice, no escalation burst). Each department hears of an import once, in one summary.
 */
@Injectable()
export class ImportedCaseService {
  private readonly logger = new Logger(ImportedCaseService.name);

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly scheduler: DeadlineScheduler,
    private readonly handoffs: HandoffService,
    private readonly links: CaseLinks,
  ) {}

  /**
   * One batch of an import's registrations (RegistrationsImported): their cases in the caller's unit of work, each
   * region's department looked up once, and the registration side told in one HandoffsReceived. A registration
   * whose case is open already (a redelivery that overtook the inbox, or an earlier handoff of it) is passed over.
   */
  async openBatch(em: EntityManager, batch: RegistrationsImported): Promise<FilingCase[]> {
    const ids = batch.registrations.map((handoff) => handoff.registrationId);
    const open = await em.getRepository(FilingCase).registrationsWithCases(ids);
    const departments = new Map<string, Department | null>();
    const receipts: HandoffReceived[] = [];
    const opened: FilingCase[] = [];
    for (const handoff of batch.registrations) {
      if (open.has(handoff.registrationId)) continue;
      open.add(handoff.registrationId);
      if (!departments.has(handoff.regionCode))
        departments.set(handoff.regionCode, await em.getRepository(Department).forRegion(handoff.regionCode));
      const history = handoff.history ?? { importId: batch.importId };
      opened.push(await this.open(em, handoff, history, departments.get(handoff.regionCode) ?? null, receipts));
    }
    if (receipts.length)
      this.outbox.add(em, QueueName.Registration, MessageType.HandoffsReceived, { v: 1, receipts }, { bulk: true });
    const states = countBy(opened.map((c) => c.status));
    this.logger.log(`import ${batch.importId}: ${opened.length} case(s) opened ${JSON.stringify(states)}`);
    return opened;
  }

  private async open(
    em: EntityManager,
    handoff: RegistrationApproved,
    history: ImportedHistory,
    department: Department | null,
    receipts: HandoffReceived[],
  ): Promise<FilingCase> {
    const now = this.clock.now();
    const id = randomUUID();
    const subject = { type: FILING_CASE_SUBJECT, id, regionCode: handoff.regionCode };
    const deadline = this.scheduler.openImported(em, subject, 'filing', handoff.approvedOn, history.filedOn);
    const state: ImportedCaseState = history.filedOn
      ? 'filed'
      : deadline.dueAt.getTime() < now.getTime()
        ? 'overdue'
        : 'awaiting_submission';
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
      status: state,
      openedAt: now,
      filedOn: history.filedOn,
      receiptNumber: history.receiptNumber,
      evaluationLevel: history.evaluationLevel,
      evaluationPublishedOn: history.evaluatedOn,
    });
    await this.handoffs.receive(em, filingCase, department, receipts);
    em.create(ImportedCase, { caseId: id, importId: history.importId, regionCode: handoff.regionCode, state });
    if (state === 'filed') this.tellEvaluation(em, filingCase, history, department);
    else if (state === 'overdue') this.overdueNotice(em, filingCase, deadline, department);
    else await addFilingDueNotice(em, this.outbox, this.links, filingCase, deadline, department, { bulk: true });
    this.logger.debug(`imported case ${id} for ${filingCase.uscc} opened ${state}`);
    return filingCase;
  }

  /**
   * The import ended: once every case it handed over is open here (else the queue retries), each department
   * with imported cases gets one summary: what still awaits filing and what is overdue.
   */
  async summarize(em: EntityManager, finished: RegistrationImportFinished): Promise<void> {
    const cases = await em.find(ImportedCase, { importId: finished.importId });
    if (cases.length < finished.created)
      throw new Error(`import ${finished.importId}: ${cases.length} of ${finished.created} cases open; retrying`);
    const filingCases = await em.find(FilingCase, { id: { $in: cases.map((c) => c.caseId) } });
    const today = localDateAt(this.clock.now());
    for (const regionCode of new Set(cases.map((c) => c.regionCode))) {
      const department = await em.getRepository(Department).forRegion(regionCode);
      if (!department) continue;
      const inRegion = filingCases.filter((c) => c.regionCode === regionCode);
      const items = (state: ImportedCaseState): DigestItem[] =>
        inRegion
          .filter((c) => cases.find((i) => i.caseId === c.id)?.state === state)
          .map((c) => ({
            name: c.name,
            uscc: c.uscc,
            status: c.status,
            dueOn: c.dueOn,
            caseUrl: this.links.plain(c.id),
          }));
      const props: DepartmentDigestProps = {
        departmentName: department.name,
        regionCode,
        date: today,
        dueSoon: items('awaiting_submission'),
        overdue: items('overdue'),
        awaitingReview: [],
        supervision: [],
      };
      this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
        v: 1,
        idempotencyKey: `import-summary:${finished.importId}:${regionCode}:${department.email}`,
        template: NoticeTemplate.DepartmentDigest,
        locale: 'zh-CN',
        to: [department.email],
        props: { ...props },
      });
    }
  }

  private tellEvaluation(
    em: EntityManager,
    filingCase: FilingCase,
    history: ImportedHistory,
    department: Department | null,
  ): void {
    this.outbox.add(
      em,
      QueueName.Evaluation,
      MessageType.FilingAccepted,
      {
        v: 1,
        filingCaseId: filingCase.id,
        uscc: filingCase.uscc,
        name: filingCase.name,
        regionCode: filingCase.regionCode,
        filedOn: history.filedOn as string,
        contactEmail: filingCase.contactEmail,
        address: filingCase.address,
        ...(department ? { departmentName: department.name, departmentEmail: department.email } : {}),
        history,
      },
      { bulk: true },
    );
  }

  private overdueNotice(
    em: EntityManager,
    filingCase: FilingCase,
    deadline: Deadline,
    department: Department | null,
  ): void {
    const props: DeadlineNoticeProps = {
      subjectName: filingCase.name,
      uscc: filingCase.uscc,
      duty: '托育机构备案',
      dueOn: filingCase.dueOn,
      dueAt: shanghaiIso(filingCase.dueAt),
      dueExplanation: deadline.explanation,
      dueExplanationSteps: deadline.explanationSteps,
      rung: 'breach',
      escalatedTo: 'department',
      caseUrl: this.links.forInstitution(filingCase.id, filingCase.uscc),
      department: contactOf(department),
    };
    this.outbox.add(
      em,
      QueueName.Notification,
      MessageType.NotificationRequested,
      {
        v: 1,
        idempotencyKey: `import-overdue:${filingCase.id}:${filingCase.contactEmail}`,
        template: NoticeTemplate.DeadlineOverdue,
        locale: 'zh-CN',
        to: [filingCase.contactEmail],
        props: { ...props },
      },
      { bulk: true },
    );
  }
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
