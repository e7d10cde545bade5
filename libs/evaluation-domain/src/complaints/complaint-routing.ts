import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { ComplaintAssignedProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, shanghaiIso } from '@tuoyu/deadlines';
import { Outbox } from '@tuoyu/messaging';
import { COMPLAINT_SUBJECT } from '../deadlines/evaluation-deadline-subjects';
import { departmentOfRegion } from '../department-of-region';
import { EvaluationLinks } from '../evaluation-links';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { COMPLAINT_CATEGORIES } from './complaint-categories';
import { SupervisionFeed } from '../supervision/supervision-feed';
import { Complaint } from './complaint.entity';

/**
 * Which filed institution a complaint is about, and which department handles it. A complaint whose institution
 * matches none is kept as "not identified" and goes to the region the complainant gave; without one it waits
 * for an administrator. Never dropped.
 */
@Injectable()
export class ComplaintRouting {
  private readonly logger = new Logger(ComplaintRouting.name);

  constructor(
    private readonly scheduler: DeadlineScheduler,
    private readonly outbox: Outbox,
    private readonly links: EvaluationLinks,
    private readonly feed: SupervisionFeed,
  ) {}

  /** The one subject the USCC (or else the exact name, within the region when given) names; none if ambiguous. */
  async identify(
    em: EntityManager,
    named: { uscc?: string; name?: string; regionCode?: string },
  ): Promise<EvaluationSubject | undefined> {
    if (named.uscc) {
      const byUscc = await em.find(EvaluationSubject, { uscc: named.uscc }, { orderBy: { createdAt: 'desc' } });
      if (byUscc.length) return byUscc[0];
    }
    if (!named.name) return undefined;
    const byName = await em.find(EvaluationSubject, {
      name: named.name.trim(),
      ...(named.regionCode ? { regionCode: named.regionCode } : {}),
    });
    return new Set(byName.map((s) => s.uscc)).size === 1 ? byName[0] : undefined;
  }

  /** Gives the complaint to its region's department: the handling clock starts from receipt (12345 practice). */
  async route(em: EntityManager, complaint: Complaint, subject?: EvaluationSubject, regionCode?: string) {
    if (subject) {
      complaint.subjectId = subject.id;
      // Named by USCC only: the notices and the lookup show the institution's filed name.
      if (complaint.institutionName === complaint.institutionUscc) complaint.institutionName = subject.name;
      complaint.institutionUscc ??= subject.uscc;
    }
    const region = subject?.regionCode ?? regionCode;
    if (!region) return;
    const known = subject?.departmentEmail ? subject : undefined;
    const department = known
      ? { name: known.departmentName, email: known.departmentEmail }
      : await departmentOfRegion(em, region);
    complaint.regionCode = region;
    complaint.departmentName = department.name;
    complaint.departmentEmail = department.email;
    complaint.status = 'open';
    const deadline = await this.scheduler.open(
      em,
      { type: COMPLAINT_SUBJECT, id: complaint.id, regionCode: region },
      'complaint_handling',
      complaint.receivedOn,
    );
    complaint.dueOn = deadline.dueOn;
    this.feed.complaint(em, complaint);
    if (!department.email) {
      this.logger.warn(`no department address known for ${region}: complaint ${complaint.reference} waits in its list`);
      return;
    }
    await em.flush();
    const props: ComplaintAssignedProps = {
      departmentName: department.name ?? `${region} 卫生健康部门`,
      reference: complaint.reference,
      institutionName: subject?.name ?? complaint.institutionName,
      uscc: subject?.uscc,
      institutionIdentified: !!subject,
      category: COMPLAINT_CATEGORIES[complaint.category],
      channel: complaint.channel,
      hotlineCaseNumber: complaint.hotlineCaseNumber,
      facts: complaint.facts,
      dueOn: deadline.dueOn,
      dueAt: shanghaiIso(deadline.dueAt),
      openComplaints: await em.getRepository(Complaint).countOpenIn(region),
      caseUrl: this.links.complaint(complaint.id),
    };
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `complaint-assigned:${complaint.id}:${region}:${department.email}`,
      template: NoticeTemplate.ComplaintAssigned,
      locale: 'zh-CN',
      to: [department.email],
      props: { ...props },
    });
  }
}
