import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { IncidentNotReportedProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { shanghaiIso } from '@tuoyu/deadlines';
import { IntervalLoop } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { EvaluationLinks } from '../evaluation-links';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from './incident-kinds';
import { Incident } from './incident.entity';

const BATCH = 50;

/**
 * Flags incidents the department recorded that the institution has not reported by the limit. Report limits are
 * hours (1 h for the gravest), finer than the deadline engine's days ending at 24:00, so this is its own loop,
 * built like the deadline sweeper: the database is the truth, SKIP LOCKED lets replicas run side by side, and the
 * flag commits with the department's notice.
 */
@Injectable()
export class IncidentReportWatch extends IntervalLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IncidentReportWatch.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly links: EvaluationLinks,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.startLoop();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stopLoop();
  }

  /** Flags every incident due now; returns how many. */
  async flagDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const flagged = await (this.orm.em.fork() as EntityManager).transactional(async (em) => {
        const due = await em.getRepository(Incident).claimUnreportedDue(this.clock.now(), BATCH);
        for (const incident of due) this.flag(em, incident);
        return due.length;
      });
      total += flagged;
      if (flagged < BATCH) return total;
    }
  }

  private flag(em: EntityManager, incident: Incident): void {
    incident.notReported = true;
    this.logger.warn(
      `incident ${incident.id} at ${incident.uscc} not reported by ${shanghaiIso(incident.reportDueAt)}`,
    );
    if (!incident.departmentEmail) return;
    const props: IncidentNotReportedProps = {
      departmentName: incident.departmentName ?? `${incident.regionCode} 卫生健康部门`,
      institutionName: incident.institutionName,
      uscc: incident.uscc,
      kind: INCIDENT_KINDS[incident.kind],
      severity: INCIDENT_SEVERITIES[incident.severity],
      occurredAt: shanghaiIso(incident.occurredAt),
      reportDueAt: shanghaiIso(incident.reportDueAt),
      caseUrl: this.links.incident(incident.id),
    };
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `incident-not-reported:${incident.id}:${incident.departmentEmail}`,
      template: NoticeTemplate.IncidentNotReported,
      locale: 'zh-CN',
      to: [incident.departmentEmail],
      props: { ...props },
    });
  }

  protected async tick(): Promise<void> {
    const flagged = await this.flagDue();
    if (flagged > 0) this.logger.log(`${flagged} incident(s) flagged as not reported`);
  }

  protected intervalMs(): number {
    return this.config.deadlineSweepIntervalMs;
  }

  protected tickFailed(error: Error): void {
    this.logger.warn(`incident report watch failed, will retry: ${error.message}`);
  }
}
