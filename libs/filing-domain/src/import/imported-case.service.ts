import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import {
  DeadlineNoticeProps,
  DepartmentDigestProps,
  DigestItem,
  ImportedHistory,
  MessageType,
  NoticeTemplate,
  QueueName,
  RegistrationApproved,
  RegistrationImportFinished,
} from '@tuoyu/contracts';
import { Deadline, DeadlineScheduler, localDateAt, shanghaiIso } from '@tuoyu/deadlines';
import { CaseLinks } from '@tuoyu/identity';
import { Outbox } from '@tuoyu/messaging';
import { departmentContactFor } from '../department-contact';
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

  async open(em: EntityManager, handoff: RegistrationApproved, history: ImportedHistory): Promise<FilingCase> {
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
    await this.handoffs.receive(em, filingCase, true);
    em.create(ImportedCase, { caseId: id, importId: history.importId, regionCode: handoff.regionCode, state });
    if (state === 'filed') await this.tellEvaluation(em, filingCase, history);
    else if (state === 'overdue') await this.overdueNotice(em, filingCase, deadline);
    else await addFilingDueNotice(em, this.outbox, this.links, filingCase, deadline);
    this.logger.log(`imported case ${id} for ${filingCase.uscc} opened ${state}`);
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

  private async tellEvaluation(em: EntityManager, filingCase: FilingCase, history: ImportedHistory): Promise<void> {
    const department = await em.getRepository(Department).forRegion(filingCase.regionCode);
    this.outbox.add(em, QueueName.Evaluation, MessageType.FilingAccepted, {
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
    });
  }

  private async overdueNotice(em: EntityManager, filingCase: FilingCase, deadline: Deadline): Promise<void> {
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
      department: await departmentContactFor(em, filingCase.regionCode),
    };
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `import-overdue:${filingCase.id}:${filingCase.contactEmail}`,
      template: NoticeTemplate.DeadlineOverdue,
      locale: 'zh-CN',
      to: [filingCase.contactEmail],
      props: { ...props },
    });
  }
}
