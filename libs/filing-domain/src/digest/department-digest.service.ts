import { EntityManager } from '@mikro-orm/postgresql';
import { CaseLinks } from '@tuoyu/identity';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { DepartmentDigestProps, DigestItem, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { Deadline, DeadlineService, addDays, localDateAt, shanghaiIso } from '@tuoyu/deadlines';
import { Outbox } from '@tuoyu/messaging';
import { Department } from '../department.entity';
import { FilingCase } from '../filing-case.entity';
import { FilingSubmission } from '../submission/filing-submission.entity';
import { FILING_SUBMISSION_SUBJECT } from '../submission/submission-deadline.handler';
import { SupervisionCase } from '../supervision/supervision-case.entity';
import { DigestLog } from './digest-log.entity';

export const DIGEST_LOCAL_TIME = '08:30';
const DUE_SOON_DAYS = 3;

/**
 * Each department's morning digest (08:30 local, working days): filings due soon, overdue ones, submissions
 * awaiting its review, and its open complaints and incidents (as the evaluation service reported them). The
 * (region, date) claim row is written with the notice, so it is decided once a day however many replicas look;
 * a day with nothing to say is claimed without an email.
 */
@Injectable()
export class DepartmentDigestService {
  private readonly logger = new Logger(DepartmentDigestService.name);

  constructor(
    private readonly clock: Clock,
    private readonly links: CaseLinks,
    private readonly outbox: Outbox,
    private readonly deadlines: DeadlineService,
  ) {}

  /** The digests due now that no one has decided yet; returns how many emails were queued. */
  async sendDue(em: EntityManager): Promise<number> {
    const now = this.clock.now();
    const today = localDateAt(now);
    const localTime = shanghaiIso(now).slice(11, 16);
    if (localTime < DIGEST_LOCAL_TIME || this.deadlines.day(today).rest) return 0;
    let sent = 0;
    for (const department of await em.find(Department, {}, { orderBy: { regionCode: 'asc' } })) {
      // In this transaction: the claim commits with the notice, or not at all.
      const claimed = await em.execute<{ region_code: string }[]>(
        `insert into digest_log (region_code, date, sent, decided_at) values (?, ?, false, ?)
           on conflict do nothing returning region_code`,
        [department.regionCode, today, now],
      );
      if (claimed.length === 0) continue;
      const props = await this.compose(em, department, today);
      const lists = [props.dueSoon, props.overdue, props.awaitingReview, props.supervision];
      if (lists.every((list) => list.length === 0)) continue;
      await em.nativeUpdate(DigestLog, { regionCode: department.regionCode, date: today }, { sent: true });
      this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
        v: 1,
        idempotencyKey: `department-digest:${department.regionCode}:${today}`,
        template: NoticeTemplate.DepartmentDigest,
        locale: 'zh-CN',
        to: [department.email],
        props: { ...props },
      });
      sent += 1;
    }
    if (sent) this.logger.log(`${sent} department digest(s) for ${today}`);
    return sent;
  }

  private async compose(em: EntityManager, department: Department, today: string): Promise<DepartmentDigestProps> {
    const regionCode = department.regionCode;
    const item = (c: FilingCase, dueOn: string): DigestItem => ({
      name: c.name,
      uscc: c.uscc,
      status: c.status,
      dueOn,
      caseUrl: this.links.plain(c.id),
    });
    const dueSoon = await em.find(
      FilingCase,
      { regionCode, status: 'awaiting_submission', dueOn: { $lte: addDays(today, DUE_SOON_DAYS) } },
      { orderBy: { dueOn: 'asc' } },
    );
    const overdue = await em.find(FilingCase, { regionCode, status: 'overdue' }, { orderBy: { dueOn: 'asc' } });
    const submitted = await em.find(
      FilingSubmission,
      { filingCase: { regionCode, status: 'submitted' }, outcome: 'under_review' },
      { populate: ['filingCase'], orderBy: { submittedAt: 'asc' } },
    );
    const receiptDue = await em.find(Deadline, {
      subjectType: FILING_SUBMISSION_SUBJECT,
      subjectId: { $in: submitted.map((s) => s.id) },
      kind: 'department_receipt',
    });
    const supervision = await em.getRepository(SupervisionCase).openIn(regionCode);
    return {
      departmentName: department.name,
      regionCode,
      date: today,
      dueSoon: dueSoon.map((c) => item(c, c.dueOn)),
      overdue: overdue.map((c) => item(c, c.dueOn)),
      awaitingReview: submitted.map((s) =>
        item(s.filingCase, receiptDue.find((d) => d.subjectId === s.id)?.dueOn ?? s.submittedOn),
      ),
      // Overdue first (a stable sort keeps the earliest due first within each group).
      supervision: supervision
        .map((c) => ({
          kind: c.kind,
          reference: c.reference,
          institutionName: c.institutionName,
          topic: c.topic,
          dueOn: c.dueOn,
          overdue: c.dueOn < today,
        }))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue)),
    };
  }
}
