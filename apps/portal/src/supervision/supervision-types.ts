/**
 * What the evaluation service answers for complaints and incidents (its complaint-view and incident-view), and the
 * Chinese names of its codes. The codes are the service's (COMPLAINT_CATEGORIES, INCIDENT_KINDS); the pages cannot
 * import the server's libraries, so the labels live here too.
 */
import { shanghaiTime } from '../shanghai-time';

export const COMPLAINT_CATEGORY_ZH: Record<string, string> = {
  safety: '安全隐患',
  abuse: '虐待伤害婴幼儿',
  health: '卫生保健',
  food: '饮食安全',
  care: '保育照护',
  staff: '人员资质',
  fees: '收费价格',
  unfiled: '未备案办托',
  other: '其他',
};

export const COMPLAINT_STATUS_ZH: Record<string, string> = { unrouted: '待分派', open: '办理中', replied: '已答复' };

export const INCIDENT_KIND_ZH: Record<string, string> = {
  injury: '婴幼儿受伤',
  illness_outbreak: '传染病/群体性疾病',
  food_poisoning: '食物中毒',
  abuse: '虐待伤害',
  missing_child: '婴幼儿走失',
  fire: '火灾',
  death: '死亡',
  other: '其他突发事件',
};

/** 突发事件 grades, least serious first (一般 IV … 特别重大 I). */
export const INCIDENT_SEVERITY_ZH: Record<string, string> = {
  general: '一般',
  serious: '较大',
  major: '重大',
  critical: '特别重大',
};

export const INCIDENT_STATUS_ZH: Record<string, string> = { open: '跟进中', concluded: '已办结' };

/** A label map as select options, each label in the reader's language. */
export const options = (labels: Record<string, string>, t: (zh: string) => string) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: t(label) }));

export interface ComplaintReceipt {
  reference: string;
  status: string;
  institutionIdentified: boolean;
  regionCode: string | null;
  dueOn: string | null;
  duplicate: boolean;
}

/** What anyone with the reference reads: never who complained. */
export interface PublicComplaint {
  reference: string;
  status: string;
  category: string;
  institutionName: string | null;
  receivedOn: string;
  dueOn: string | null;
  repliedOn: string | null;
  reply: string | null;
}

export interface Complaint extends PublicComplaint {
  id: string;
  channel: 'public' | 'hotline_12345';
  hotlineCaseNumber: string | null;
  anonymous: boolean;
  contact: { name: string | null; email: string | null; phone: string | null };
  institutionUscc: string | null;
  institutionIdentified: boolean;
  regionCode: string | null;
  overdue: boolean;
  facts: string;
  findings: string | null;
  inspectionId: string | null;
  rectificationOrderId: string | null;
}

export interface ComplaintAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export interface Incident {
  id: string;
  uscc: string;
  institutionName: string;
  regionCode: string;
  kind: string;
  severity: string;
  occurredAt: string;
  childrenAffected: number | null;
  actionsTaken: string | null;
  description: string | null;
  source: 'institution' | 'department';
  reportedAt: string | null;
  reportDueAt: string;
  reportedLate: boolean;
  notReported: boolean;
  learnedAt: string | null;
  status: string;
  followUpDueOn: string | null;
  conclusion: string | null;
  concludedOn: string | null;
  banIds: string[];
  inspectionId: string | null;
  rectificationOrderId: string | null;
}

/** An instant shown as Beijing wall time to the minute ('—' for none). */
export function beijingTime(iso: string | null): string {
  return iso ? shanghaiTime(iso).slice(0, 16) : '—';
}
