import type { components } from '../api-types/filing';

/** GET /filings/:id as the filing service answers it (its OpenAPI, generated). */
export type FilingCase = components['schemas']['FilingCaseDto'];

export const STATUS_ZH: Record<string, string> = {
  awaiting_submission: '待提交备案',
  submitted: '已提交，待审查',
  correction_requested: '需补正材料',
  filed: '已备案',
  rejected: '不符合备案条件',
  overdue: '已逾期未备案',
  closed: '已关闭',
};

/** Whole days from `now` (the platform's clock, from /portal/me) until the end of the due day (negative once overdue). */
export function daysLeft(dueAt: string, now: string): number {
  return Math.ceil((new Date(dueAt).getTime() - new Date(now).getTime()) / 86_400_000);
}

export const DOCUMENT_KINDS: { kind: string; label: string }[] = [
  { kind: 'business_license', label: '营业执照或法人登记证书' },
  { kind: 'premises_proof', label: '场地证明（产权或3年以上租赁合同）' },
  { kind: 'staff_qualifications', label: '工作人员资格证书' },
  { kind: 'staff_health_certificates', label: '工作人员健康合格证明' },
  { kind: 'health_evaluation_report', label: '托幼机构卫生评价报告' },
  { kind: 'fire_safety_certificate', label: '消防安全检查合格证明' },
  { kind: 'food_license', label: '食品经营许可证（提供餐食的）' },
];
