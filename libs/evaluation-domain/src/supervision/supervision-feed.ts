import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageType, QueueName, SupervisionCaseChanged } from '@tuoyu/contracts';
import { Outbox } from '@tuoyu/messaging';
import { COMPLAINT_CATEGORIES } from '../complaints/complaint-categories';
import type { Complaint } from '../complaints/complaint.entity';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from '../incidents/incident-kinds';
import type { Incident } from '../incidents/incident.entity';

const half = (label: string, which: 1 | 2) => /^(.*?)\s*\((.*)\)$/.exec(label)?.[which] ?? label;

/**
 * Tells the filing service, in the caller's transaction, that a complaint or incident of a region opened or
 * closed: the department's morning digest (composed there) lists its open supervision work.
 */
@Injectable()
export class SupervisionFeed {
  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  complaint(em: EntityManager, complaint: Complaint): void {
    if (!complaint.regionCode || !complaint.dueOn) return;
    this.publish(em, {
      kind: 'complaint',
      caseId: complaint.id,
      regionCode: complaint.regionCode,
      reference: complaint.reference,
      institutionName: complaint.institutionName,
      topic: COMPLAINT_CATEGORIES[complaint.category],
      status: complaint.status === 'replied' ? 'closed' : 'open',
      dueOn: complaint.dueOn,
    });
  }

  incident(em: EntityManager, incident: Incident): void {
    const kind = INCIDENT_KINDS[incident.kind];
    const severity = INCIDENT_SEVERITIES[incident.severity];
    this.publish(em, {
      kind: 'incident',
      caseId: incident.id,
      regionCode: incident.regionCode,
      reference: incident.id.slice(0, 8).toUpperCase(),
      institutionName: incident.institutionName,
      topic: `${half(kind, 1)}（${half(severity, 1)}） (${half(kind, 2)}, ${half(severity, 2)})`,
      status: incident.status === 'concluded' ? 'closed' : 'open',
      dueOn: incident.followUpDueOn,
    });
  }

  private publish(em: EntityManager, change: Omit<SupervisionCaseChanged, 'v' | 'changedAt'>): void {
    this.outbox.add(em, QueueName.Filing, MessageType.SupervisionCaseChanged, {
      v: 1,
      ...change,
      changedAt: this.clock.now().toISOString(),
    });
  }
}
