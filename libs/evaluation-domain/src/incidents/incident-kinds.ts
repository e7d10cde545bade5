export const INCIDENT_KINDS = {
  injury: '婴幼儿受伤 (injury)',
  illness_outbreak: '传染病/群体性疾病 (illness outbreak)',
  food_poisoning: '食物中毒 (food poisoning)',
  abuse: '虐待伤害 (abuse)',
  missing_child: '婴幼儿走失 (missing child)',
  fire: '火灾 (fire)',
  death: '死亡 (death)',
  other: '其他突发事件 (other)',
} as const;
export type IncidentKind = keyof typeof INCIDENT_KINDS;
export const INCIDENT_KIND_CODES = Object.keys(INCIDENT_KINDS) as IncidentKind[];

/** 突发事件 grades (一般 IV … 特别重大 I), most serious last. */
export const INCIDENT_SEVERITIES = {
  general: '一般 (general)',
  serious: '较大 (serious)',
  major: '重大 (major)',
  critical: '特别重大 (critical)',
} as const;
export type IncidentSeverity = keyof typeof INCIDENT_SEVERITIES;
export const INCIDENT_SEVERITY_CODES = Object.keys(INCIDENT_SEVERITIES) as IncidentSeverity[];

export interface SeverityRule {
  /** The institution must report within this many hours of the incident. */
  reportWithinHours: number;
  /** The department is emailed the moment it is reported (else it sees it in its worklist). */
  notifyAtOnce: boolean;
}

/**
 * Report limits per severity: configuration, overridable with `{ provide: INCIDENT_RULES, useValue: ... }`. The
 * defaults follow common local rules for 安全事故 (report at once, at the latest within 1–2 hours for the gravest;
 * a written report within 24 hours); no source of the five policies fixes them.
 */
export type IncidentRules = Record<IncidentSeverity, SeverityRule>;
export const INCIDENT_RULES = Symbol('INCIDENT_RULES');
export const DEFAULT_INCIDENT_RULES: IncidentRules = {
  general: { reportWithinHours: 24, notifyAtOnce: false },
  serious: { reportWithinHours: 12, notifyAtOnce: true },
  major: { reportWithinHours: 2, notifyAtOnce: true },
  critical: { reportWithinHours: 1, notifyAtOnce: true },
};

export const INCIDENT_SOURCES = ['institution', 'department'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];
export const INCIDENT_STATUSES = ['open', 'concluded'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
