import type { components } from '../api-types/evaluation';

/** POST …/inspections as the evaluation service takes it, typed from its OpenAPI. */
export type InspectionBody = components['schemas']['InspectionDto'];
export type InspectionOutcome = components['schemas']['InspectionOutcomeDto'];

/**
 * The judgement items of the evaluation service's default checklist (evaluation-domain inspection/checklist.ts),
 * which the inspector answers one by one; staff ratio, class size and CCTV are computed by the service from the
 * classes and CCTV measured. A region with its own checklist gets the unknown or missing items back as field problems.
 */
export const JUDGEMENT_ITEMS: { code: string; category: string; title: string }[] = [
  { code: 'fire.acceptance', category: '消防', title: '消防验收或消防安全检查合格且有效' },
  { code: 'fire.equipment', category: '消防', title: '灭火器材、疏散通道、安全出口、应急照明完好畅通' },
  { code: 'fire.drill', category: '消防', title: '定期开展消防安全演练并有记录' },
  { code: 'safety.handover', category: '安全', title: '婴幼儿接送交接与安全防护制度落实' },
  { code: 'food.licence', category: '饮食', title: '提供膳食的持有效食品经营许可证' },
  { code: 'food.samples', category: '饮食', title: '每餐食品留样并保存48小时以上' },
  { code: 'health.staff_certificates', category: '卫生保健', title: '工作人员持有效健康合格证明' },
  { code: 'health.daily_checks', category: '卫生保健', title: '晨午检及全日健康观察、消毒记录完整' },
  { code: 'care.daily_routine', category: '保育规范', title: '一日生活安排与照护记录规范' },
  { code: 'fees.published', category: '收费价格', title: '收费项目和标准公示' },
  { code: 'fees.no_extra_charges', category: '收费价格', title: '无超标准、超范围收费' },
];

/** The items the service computes from measurements, by what they need measured. */
const MEASURED: Record<string, 'classes' | 'cctv'> = {
  'care.staff_ratio': 'classes',
  'care.class_size': 'classes',
  'safety.cctv_coverage': 'cctv',
  'safety.cctv_retention': 'cctv',
};

export const AGE_GROUPS = [
  { value: 'infant', label: '乳儿班' },
  { value: 'toddler_small', label: '托小班' },
  { value: 'toddler_large', label: '托大班' },
  { value: 'mixed', label: '混合编班' },
] as const;

/** What an inspection of `scope` (every item, or a rectification order's items) asks the inspector for. */
export function inspectionScope(scope?: string[]): {
  judged: typeof JUDGEMENT_ITEMS;
  classes: boolean;
  cctv: boolean;
} {
  const inScope = (code: string) => !scope || scope.includes(code);
  const measured = Object.entries(MEASURED).filter(([code]) => inScope(code));
  return {
    judged: JUDGEMENT_ITEMS.filter((item) => inScope(item.code)),
    classes: measured.some(([, need]) => need === 'classes'),
    cctv: measured.some(([, need]) => need === 'cctv'),
  };
}
