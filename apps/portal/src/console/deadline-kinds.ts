import type { components } from '../api-types/filing';

/** The deadline kinds in plain Chinese, as the overview shows them. */
export const DEADLINE_KIND_ZH: Record<string, string> = {
  sharing_duty: '登记信息共享（30日）',
  filing: '机构备案',
  department_receipt: '备案审查回执',
  non_compliance_notice: '不予备案告知',
  correction: '补正材料',
  rectification: '限期整改',
  change_filing: '变更备案',
  quality_evaluation: '质量评估',
  supervision_inspection: '监督检查',
  complaint_handling: '投诉办理',
  incident_follow_up: '事件处置',
};

/** The services that own deadlines, each answering GET /deadlines/overview for its own. */
export const DEADLINE_OWNERS = ['registration', 'filing', 'evaluation'] as const;

/** One row of GET /deadlines/overview (the same DTO in every deadline-owning service). */
export type OverviewRow = components['schemas']['DeadlineOverviewRowDto'];
