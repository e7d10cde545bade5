import { shanghaiIso } from '@tuoyu/deadlines';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from './incident-kinds';
import { Incident } from './incident.entity';

export function toIncidentView(i: Incident) {
  return {
    id: i.id,
    subjectId: i.subjectId,
    uscc: i.uscc,
    institutionName: i.institutionName,
    regionCode: i.regionCode,
    kind: i.kind,
    kindLabel: INCIDENT_KINDS[i.kind],
    severity: i.severity,
    severityLabel: INCIDENT_SEVERITIES[i.severity],
    occurredAt: shanghaiIso(i.occurredAt),
    childrenAffected: i.childrenAffected,
    actionsTaken: i.actionsTaken ?? null,
    description: i.description ?? null,
    source: i.source,
    reportedAt: i.reportedAt ? shanghaiIso(i.reportedAt) : null,
    reportDueAt: shanghaiIso(i.reportDueAt),
    reportedLate: i.reportedLate,
    notReported: i.notReported,
    learnedAt: i.learnedAt ? shanghaiIso(i.learnedAt) : null,
    status: i.status,
    followUpDueOn: i.followUpDueOn,
    conclusion: i.conclusion ?? null,
    concludedOn: i.concludedOn ?? null,
    banIds: i.banIds,
    inspectionId: i.inspectionId ?? null,
    rectificationOrderId: i.rectificationOrderId ?? null,
  };
}

export type IncidentView = ReturnType<typeof toIncidentView>;
