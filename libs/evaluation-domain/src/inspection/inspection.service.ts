import { randomUUID } from 'node:crypto';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { NoticeTemplate, RectificationOrderedProps, RectificationReviewedProps } from '@tuoyu/contracts';
import { Deadline, DeadlineScheduler, localDateAt, shanghaiIso } from '@tuoyu/deadlines';
import { Principal } from '@tuoyu/identity';
import { ConflictError, FieldProblem, InvalidInputError, NotFoundError } from '@tuoyu/kernel';
import {
  EVALUATION_SUBJECT,
  INSPECTION_SUBJECT,
  RECTIFICATION_ORDER_SUBJECT,
} from '../deadlines/evaluation-deadline-subjects';
import { EvaluationLinks } from '../evaluation-links';
import { EvaluationNotifier } from '../evaluation-notifier';
import { EVALUATION_RULES, type EvaluationRules } from '../evaluation-rules';
import { subjectForDepartment } from '../evaluation-scope';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { Assessment, assessInspection } from './assess-inspection';
import { InspectionCommand, InspectionOutcome } from './inspection-command';
import { Inspection } from './inspection.entity';
import { RectificationOrder } from './rectification-order.entity';

/**
 * Supervision inspections (监督检查): failed items become a rectification order with the inspector's deadline;
 * a re-inspection (复查) closes the order when every item it lists is met, or leaves it open.
 */
@Injectable()
export class InspectionService {
  private readonly logger = new Logger(InspectionService.name);
  constructor(
    @Inject(EVALUATION_RULES) private readonly rules: EvaluationRules,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly scheduler: DeadlineScheduler,
    private readonly notifier: EvaluationNotifier,
    private readonly links: EvaluationLinks,
    private readonly audit: AuditTrail,
  ) {}

  record(subjectId: string, command: InspectionCommand, principal: Principal): Promise<InspectionOutcome> {
    return this.em.fork().transactional((em) => this.recordIn(em, subjectId, command, principal));
  }

  /** In the caller's transaction: a complaint or an incident links the inspection it led to. */
  async recordIn(
    em: EntityManager,
    subjectId: string,
    command: InspectionCommand,
    principal: Principal,
  ): Promise<InspectionOutcome> {
    const subject = await subjectForDepartment(em, subjectId, principal);
    const today = localDateAt(this.clock.now());
    const assessment = assessInspection(this.rules.checklist, this.rules.careStandards, command);
    const failed = assessment.results.filter((r) => !r.passed);
    this.refuseProblems(assessment, command, today, failed.length > 0);
    const inspection = this.createInspection(em, subject, command, assessment, principal);
    let order: RectificationOrder | undefined;
    if (failed.length > 0) order = await this.orderRectification(em, subject, inspection, command.rectificationDueOn!);
    const next = await this.rollSupervision(em, subject, inspection);
    this.audit.record(em, 'inspection.record', `evaluation_subject:${subject.id}`, {
      inspectionId: inspection.id,
      passed: inspection.passed,
      rectificationOrderId: order?.id,
    });
    this.logger.log(`inspection of ${subject.uscc}: ${failed.length} failed item(s)`);
    return { ...this.outcomeOf(inspection, order), nextInspectionDueOn: next.dueOn };
  }

  reinspect(orderId: string, command: InspectionCommand, principal: Principal): Promise<InspectionOutcome> {
    return this.em.fork().transactional(async (em) => {
      await this.scheduler.hold(em, { type: RECTIFICATION_ORDER_SUBJECT, id: orderId }, 'rectification');
      const order = await em.findOne(RectificationOrder, orderId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order) throw new NotFoundError(`Rectification order ${orderId} does not exist in your region`);
      const subject = await subjectForDepartment(em, order.subjectId, principal).catch(() => {
        throw new NotFoundError(`Rectification order ${orderId} does not exist in your region`);
      });
      if (order.status !== 'open') throw new ConflictError(`Rectification order ${orderId} is already closed`);
      const today = localDateAt(this.clock.now());
      const scope = order.items.map((item) => item.code);
      const assessment = assessInspection(this.rules.checklist, this.rules.careStandards, command, scope);
      this.refuseProblems(assessment, command, today, false);
      const inspection = this.createInspection(em, subject, command, assessment, principal, order.id);
      if (inspection.passed) {
        order.status = 'closed';
        order.closedOn = inspection.inspectedOn;
        order.closedByInspectionId = inspection.id;
        const deadlineSubject = { type: RECTIFICATION_ORDER_SUBJECT, id: order.id, regionCode: order.regionCode };
        await this.scheduler.meet(em, deadlineSubject, 'rectification');
      }
      this.audit.record(em, 'rectification.reinspect', `rectification_order:${order.id}`, {
        inspectionId: inspection.id,
        closed: inspection.passed,
      });
      const props: RectificationReviewedProps = {
        institutionName: subject.name,
        uscc: subject.uscc,
        departmentName: subject.departmentName ?? `${subject.regionCode} 卫生健康部门`,
        reinspectedOn: inspection.inspectedOn,
        closed: inspection.passed,
        remaining: inspection.results
          .filter((r) => !r.passed)
          .map((r) => ({ category: r.category, item: r.title, finding: r.finding ?? r.title })),
        dueOn: order.dueOn,
        caseUrl: this.links.forInstitution(subject.filingCaseId, subject.uscc),
      };
      this.notifier.toInstitution(
        em,
        `rectification-reviewed:${inspection.id}`,
        subject,
        NoticeTemplate.RectificationReviewed,
        props,
      );
      return this.outcomeOf(inspection, order);
    });
  }

  private refuseProblems(assessment: Assessment, command: InspectionCommand, today: string, failed: boolean) {
    const problems: FieldProblem[] = [...assessment.problems];
    if (command.inspectedOn > today) {
      problems.push({ field: 'inspectedOn', code: 'future', message: `inspectedOn is after today (${today})` });
    }
    if (failed && !command.rectificationDueOn) {
      problems.push({
        field: 'rectificationDueOn',
        code: 'required',
        message: 'rectificationDueOn is required when an item fails (责令限期整改)',
      });
    } else if (failed && command.rectificationDueOn! <= today) {
      problems.push({
        field: 'rectificationDueOn',
        code: 'past',
        message: `rectificationDueOn must be after ${today}`,
      });
    }
    if (problems.length) {
      throw new InvalidInputError(`Invalid inspection: ${problems.map((p) => p.field).join(', ')}`, problems);
    }
  }

  private createInspection(
    em: EntityManager,
    subject: EvaluationSubject,
    command: InspectionCommand,
    assessment: Assessment,
    principal: Principal,
    rectificationOrderId?: string,
  ): Inspection {
    return em.create(Inspection, {
      id: randomUUID(),
      subjectId: subject.id,
      regionCode: subject.regionCode,
      kind: rectificationOrderId ? 're_inspection' : 'routine',
      rectificationOrderId,
      inspectedOn: command.inspectedOn,
      results: assessment.results,
      passed: assessment.results.every((r) => r.passed),
      inspector: principal.subject,
      createdAt: this.clock.now(),
    });
  }

  private async orderRectification(
    em: EntityManager,
    subject: EvaluationSubject,
    inspection: Inspection,
    orderedDueOn: string,
  ): Promise<RectificationOrder> {
    const order = em.create(RectificationOrder, {
      id: randomUUID(),
      subjectId: subject.id,
      regionCode: subject.regionCode,
      inspectionId: inspection.id,
      items: inspection.results.filter((r) => !r.passed),
      orderedDueOn,
      dueOn: orderedDueOn,
      status: 'open',
      overdue: false,
      createdAt: this.clock.now(),
    });
    const deadline = await this.scheduler.open(
      em,
      { type: RECTIFICATION_ORDER_SUBJECT, id: order.id, regionCode: subject.regionCode },
      'rectification',
      inspection.inspectedOn,
      { dueOn: orderedDueOn },
    );
    order.dueOn = deadline.dueOn;
    const props: RectificationOrderedProps = {
      institutionName: subject.name,
      uscc: subject.uscc,
      departmentName: subject.departmentName ?? `${subject.regionCode} 卫生健康部门`,
      inspectedOn: inspection.inspectedOn,
      items: order.items.map((i) => ({ category: i.category, item: i.title, finding: i.finding ?? i.title })),
      dueOn: deadline.dueOn,
      dueAt: shanghaiIso(deadline.dueAt),
      dueExplanation: deadline.explanation,
      dueExplanationSteps: deadline.explanationSteps,
      caseUrl: this.links.forInstitution(subject.filingCaseId, subject.uscc),
    };
    this.notifier.toInstitution(
      em,
      `rectification-ordered:${order.id}`,
      subject,
      NoticeTemplate.RectificationOrdered,
      props,
    );
    return order;
  }

  /** The inspection meets the supervision duty it fulfils; the next one falls due a period after it. */
  private async rollSupervision(em: EntityManager, subject: EvaluationSubject, inspection: Inspection) {
    const earlier = await em.find(Inspection, { subjectId: subject.id }, { fields: ['id'] });
    const open = await em.find(Deadline, {
      kind: 'supervision_inspection',
      status: 'open',
      subjectType: { $in: [EVALUATION_SUBJECT, INSPECTION_SUBJECT] },
      subjectId: { $in: [subject.id, ...earlier.map((i) => i.id)].filter((id) => id !== inspection.id) },
    });
    for (const deadline of open) {
      const met = { type: deadline.subjectType, id: deadline.subjectId, regionCode: subject.regionCode };
      await this.scheduler.meet(em, met, 'supervision_inspection');
    }
    const next = { type: INSPECTION_SUBJECT, id: inspection.id, regionCode: subject.regionCode };
    return this.scheduler.open(em, next, 'supervision_inspection', inspection.inspectedOn);
  }

  private outcomeOf(inspection: Inspection, order?: RectificationOrder): InspectionOutcome {
    return {
      inspectionId: inspection.id,
      subjectId: inspection.subjectId,
      kind: inspection.kind,
      inspectedOn: inspection.inspectedOn,
      passed: inspection.passed,
      results: inspection.results,
      ...(order
        ? {
            rectificationOrder: {
              id: order.id,
              status: order.status,
              orderedDueOn: order.orderedDueOn,
              dueOn: order.dueOn,
              items: order.items,
            },
          }
        : {}),
    };
  }
}
