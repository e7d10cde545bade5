import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { SupervisionFeed } from '../supervision/supervision-feed';
import { ComplaintRepliedProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { Principal, regionContains } from '@tuoyu/identity';
import { ConflictError, InvalidInputError, NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { COMPLAINT_SUBJECT } from '../deadlines/evaluation-deadline-subjects';
import { EvaluationLinks } from '../evaluation-links';
import { actingRegion } from '../evaluation-scope';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { InspectionCommand, InspectionOutcome } from '../inspection/inspection-command';
import { InspectionService } from '../inspection/inspection.service';
import { ComplaintRouting } from './complaint-routing';
import { Complaint } from './complaint.entity';
import { ComplaintView, toComplaintView } from './complaint-view';

/** The department's work on a complaint: findings, an inspection (and so a rectification order), the reply. */
@Injectable()
export class ComplaintHandlingService {
  private readonly logger = new Logger(ComplaintHandlingService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly scheduler: DeadlineScheduler,
    private readonly routing: ComplaintRouting,
    private readonly inspections: InspectionService,
    private readonly links: EvaluationLinks,
    private readonly feed: SupervisionFeed,
    private readonly audit: AuditTrail,
  ) {}

  recordFindings(id: string, findings: string, principal: Principal): Promise<ComplaintView> {
    return this.em.fork().transactional(async (em) => {
      const complaint = await this.openForDepartment(em, id, principal);
      complaint.findings = findings;
      this.audit.record(em, 'complaint.findings', `complaint:${complaint.id}`);
      return toComplaintView(complaint);
    });
  }

  /** An inspection of the complained-of institution; failed items order a rectification as any inspection does. */
  inspect(id: string, command: InspectionCommand, principal: Principal): Promise<InspectionOutcome> {
    return this.em.fork().transactional(async (em) => {
      const complaint = await this.openForDepartment(em, id, principal);
      if (!complaint.subjectId) {
        throw new ConflictError(`Complaint ${complaint.reference}: identify the institution before inspecting it`);
      }
      const outcome = await this.inspections.recordIn(em, complaint.subjectId, command, principal);
      complaint.inspectionId = outcome.inspectionId;
      complaint.rectificationOrderId = outcome.rectificationOrder?.id ?? complaint.rectificationOrderId;
      return outcome;
    });
  }

  /** 答复: the clock is met and the complainant (unless anonymous) receives the reply by email. */
  reply(id: string, reply: { reply: string; findings?: string }, principal: Principal): Promise<ComplaintView> {
    return this.em.fork().transactional(async (em) => {
      await this.scheduler.hold(em, { type: COMPLAINT_SUBJECT, id }, 'complaint_handling');
      const complaint = await this.openForDepartment(em, id, principal);
      complaint.reply = reply.reply;
      complaint.findings = reply.findings ?? complaint.findings;
      complaint.repliedOn = localDateAt(this.clock.now());
      complaint.status = 'replied';
      this.feed.complaint(em, complaint);
      await this.scheduler.meet(
        em,
        { type: COMPLAINT_SUBJECT, id, regionCode: complaint.regionCode },
        'complaint_handling',
      );
      if (complaint.contactEmail) {
        const props: ComplaintRepliedProps = {
          reference: complaint.reference,
          institutionName: complaint.institutionName,
          departmentName: complaint.departmentName ?? `${complaint.regionCode} 卫生健康部门`,
          repliedOn: complaint.repliedOn,
          reply: complaint.reply,
          lookupUrl: this.links.complaintLookup(complaint.reference),
        };
        this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
          v: 1,
          idempotencyKey: `complaint-replied:${complaint.id}:${complaint.contactEmail}`,
          template: NoticeTemplate.ComplaintReplied,
          locale: 'zh-CN',
          to: [complaint.contactEmail],
          props: { ...props },
        });
      }
      this.audit.record(em, 'complaint.reply', `complaint:${complaint.id}`);
      this.logger.log(`complaint ${complaint.reference} replied`);
      return toComplaintView(complaint);
    });
  }

  /**
   * Sorting out where a complaint belongs: an administrator routes an unrouted one to a region (or to the named
   * institution's); the department or an administrator names the institution of one already in a region. Moving a
   * complaint between departments is not done here: the department replies that it is not competent.
   */
  assign(id: string, target: { regionCode?: string; uscc?: string }, principal: Principal): Promise<ComplaintView> {
    return this.em.fork().transactional(async (em) => {
      const complaint = await em.findOne(Complaint, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const mayAct =
        principal.role === 'admin' ||
        (principal.role === 'department' &&
          !!principal.region &&
          !!complaint?.regionCode &&
          regionContains(principal.region, complaint.regionCode));
      if (!complaint || !mayAct) throw new NotFoundError(`Complaint ${id} does not exist in your region`);
      if (complaint.status === 'replied')
        throw new ConflictError(`Complaint ${complaint.reference} is already replied`);
      const subject = target.uscc ? await em.findOne(EvaluationSubject, { uscc: target.uscc }) : null;
      if (target.uscc && !subject) {
        throw new InvalidInputError(`No filed institution has USCC ${target.uscc}`, [
          { field: 'uscc', code: 'unknown', message: `no filed institution has USCC ${target.uscc}` },
        ]);
      }
      if (complaint.status === 'unrouted') {
        const region = subject?.regionCode ?? target.regionCode;
        if (!region) {
          throw new InvalidInputError('regionCode or uscc is required to route a complaint', [
            {
              field: 'regionCode',
              code: 'required',
              message: 'regionCode (or the uscc of a filed institution) is required',
            },
          ]);
        }
        await this.routing.route(em, complaint, subject ?? undefined, region);
        this.audit.record(em, 'complaint.assign', `complaint:${complaint.id}`, { regionCode: region, uscc: target.uscc });
        return toComplaintView(complaint);
      }
      if (!subject || subject.regionCode !== complaint.regionCode) {
        throw new ConflictError(
          `Complaint ${complaint.reference} is with the department of ${complaint.regionCode}: name an institution of that region`,
        );
      }
      complaint.subjectId = subject.id;
      complaint.institutionUscc = subject.uscc;
      this.audit.record(em, 'complaint.assign', `complaint:${complaint.id}`, { uscc: subject.uscc });
      return toComplaintView(complaint);
    });
  }

  private async openForDepartment(em: EntityManager, id: string, principal: Principal): Promise<Complaint> {
    const region = actingRegion(principal);
    const complaint = await em.findOne(Complaint, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!complaint || !complaint.regionCode || !regionContains(region, complaint.regionCode)) {
      throw new NotFoundError(`Complaint ${id} does not exist in your region`);
    }
    if (complaint.status === 'replied') throw new ConflictError(`Complaint ${complaint.reference} is already replied`);
    return complaint;
  }
}
