import type { IncidentKind, IncidentSeverity } from './incident-kinds';

/** An institution's report (安全事故报告). */
export interface IncidentReport {
  kind: IncidentKind;
  severity: IncidentSeverity;
  occurredAt: string;
  childrenAffected: number;
  actionsTaken: string;
  description?: string;
}

/** The department's record of an incident it learned of elsewhere (media, parents, hospital, police). */
export interface IncidentRecord {
  subjectId: string;
  kind: IncidentKind;
  severity: IncidentSeverity;
  occurredAt: string;
  childrenAffected?: number;
  description: string;
}

export interface IncidentConclusion {
  conclusion: string;
  banIds?: string[];
}
