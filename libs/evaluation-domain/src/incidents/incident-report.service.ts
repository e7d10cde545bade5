import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { IncidentReportedProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, localDateAt, shanghaiIso } from '@tuoyu/deadlines';
import { Principal } from '@tuoyu/identity';
import { ConflictError, ForbiddenError, InvalidInputError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { INCIDENT_SUBJECT } from '../deadlines/evaluation-deadline-subjects';
import { EvaluationLinks } from '../evaluation-links';
import { subjectForDepartment } from '../evaluation-scope';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { INCIDENT_KINDS, INCIDENT_RULES, INCIDENT_SEVERITIES, type IncidentRules } from './incident-kinds';
import { IncidentRecord, IncidentReport } from './incident-command';
import { Incident } from './incident.entity';
import { SupervisionFeed } from '../supervision/supervision-feed';
import { IncidentView, toIncidentView } from './incident-view';

/**
 * How an incident becomes known: the institution reports it within its severity's limit (a serious one reaches
 * the department at once), or the department records what it learned elsewhere and the report stays due.
 * Either way the department's follow-up (调查处理) runs on the deadline engine.
 */
@Injectable()
export class IncidentReportService {
  private readonly logger = new Logger(IncidentReportService.name);

  constructor(
    @Inject(INCIDENT_RULES) private readonly rules: IncidentRules,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly scheduler: DeadlineScheduler,
    private readonly links: EvaluationLinks,
    private readonly feed: SupervisionFeed,
    private readonly audit: AuditTrail,
  ) {}

  report(report: IncidentReport, principal: Principal): Promise<IncidentView> {
    if (principal.role !== 'institution' || !principal.uscc) {
      throw new ForbiddenError('Only an institution reports its own incidents');
    }
    const occurredAt = this.pastInstant(report.occurredAt);
    return this.em.fork().transactional(async (em) => {
      const subject = await em.findOne(EvaluationSubject, { uscc: principal.uscc }, { orderBy: { createdAt: 'desc' } });
      if (!subject) throw new ConflictError(`${principal.uscc} is not a filed institution under supervision`);
      const now = this.clock.now();
      const recorded = await em.getRepository(Incident).findUnreportedRecord(subject.id, report.kind, occurredAt);
      const incident =
        recorded ?? (await this.open(em, subject, report.kind, report.severity, occurredAt, 'institution'));
      incident.severity = recorded ? incident.severity : report.severity;
      incident.childrenAffected = report.childrenAffected;
      incident.actionsTaken = report.actionsTaken;
      incident.description = report.description ?? incident.description;
      incident.reportedAt = now;
      incident.reportedLate = now.getTime() > incident.reportDueAt.getTime();
      if (!recorded && this.rules[incident.severity].notifyAtOnce) await this.notifyDepartment(em, incident);
      this.logger.log(
        `incident (${incident.severity}) reported by ${subject.uscc}${incident.reportedLate ? ', late' : ''}`,
      );
      return toIncidentView(incident);
    });
  }

  record(record: IncidentRecord, principal: Principal): Promise<IncidentView> {
    const occurredAt = this.pastInstant(record.occurredAt);
    return this.em.fork().transactional(async (em) => {
      const subject = await subjectForDepartment(em, record.subjectId, principal);
      const incident = await this.open(em, subject, record.kind, record.severity, occurredAt, 'department');
      incident.childrenAffected = record.childrenAffected ?? 0;
      incident.description = record.description;
      incident.learnedAt = this.clock.now();
      this.audit.record(em, 'incident.record', `incident:${incident.id}`, { severity: incident.severity });
      return toIncidentView(incident);
    });
  }

  private async open(
    em: EntityManager,
    subject: EvaluationSubject,
    kind: Incident['kind'],
    severity: Incident['severity'],
    occurredAt: Date,
    source: Incident['source'],
  ): Promise<Incident> {
    const incident = em.create(Incident, {
      id: randomUUID(),
      subjectId: subject.id,
      uscc: subject.uscc,
      institutionName: subject.name,
      regionCode: subject.regionCode,
      departmentName: subject.departmentName,
      departmentEmail: subject.departmentEmail,
      kind,
      severity,
      occurredAt,
      childrenAffected: 0,
      source,
      reportDueAt: new Date(occurredAt.getTime() + this.rules[severity].reportWithinHours * 3600_000),
      reportedLate: false,
      notReported: false,
      status: 'open',
      followUpDueOn: localDateAt(occurredAt),
      banIds: [],
      createdAt: this.clock.now(),
    });
    const deadline = await this.scheduler.open(
      em,
      { type: INCIDENT_SUBJECT, id: incident.id, regionCode: subject.regionCode },
      'incident_follow_up',
      localDateAt(this.clock.now()),
    );
    incident.followUpDueOn = deadline.dueOn;
    this.feed.incident(em, incident);
    return incident;
  }

  private async notifyDepartment(em: EntityManager, incident: Incident): Promise<void> {
    if (!incident.departmentEmail) {
      this.logger.warn(`no department address for ${incident.regionCode}: serious incident ${incident.id} not emailed`);
      return;
    }
    await em.flush();
    const props: IncidentReportedProps = {
      departmentName: incident.departmentName ?? `${incident.regionCode} 卫生健康部门`,
      institutionName: incident.institutionName,
      uscc: incident.uscc,
      kind: INCIDENT_KINDS[incident.kind],
      severity: INCIDENT_SEVERITIES[incident.severity],
      occurredAt: shanghaiIso(incident.occurredAt),
      childrenAffected: incident.childrenAffected,
      actionsTaken: incident.actionsTaken!,
      dueOn: incident.followUpDueOn,
      openIncidents: await em.getRepository(Incident).countOpenIn(incident.regionCode),
      caseUrl: this.links.incident(incident.id),
    };
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `incident-reported:${incident.id}:${incident.departmentEmail}`,
      template: NoticeTemplate.IncidentReported,
      locale: 'zh-CN',
      to: [incident.departmentEmail],
      props: { ...props },
    });
  }

  private pastInstant(value: string): Date {
    const instant = new Date(value);
    if (instant.getTime() > this.clock.now().getTime()) {
      throw new InvalidInputError('occurredAt is in the future', [
        { field: 'occurredAt', code: 'future', message: `occurredAt ${value} is after now` },
      ]);
    }
    return instant;
  }
}
