/** The six areas of a supervision inspection (株洲: 消防、安全、饮食、卫生保健、保育规范、收费价格). */
export const INSPECTION_CATEGORIES = {
  fire_safety: '消防',
  safety: '安全',
  food: '饮食',
  health_care: '卫生保健',
  care_practice: '保育规范',
  fees: '收费价格',
} as const;
export type InspectionCategory = keyof typeof INSPECTION_CATEGORIES;

/**
 * How an item is decided: by the inspector's judgement, or computed from what was measured (classes, CCTV) against
 * the care standards.
 */
export type ItemCheck = 'judgement' | 'staff_ratio' | 'class_size' | 'cctv_coverage' | 'cctv_retention';

export interface ChecklistItem {
  code: string;
  category: InspectionCategory;
  title: string;
  check: ItemCheck;
}

/** The default checklist; a region may configure its own list of the same shape. */
export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  { code: 'fire.acceptance', category: 'fire_safety', title: '消防验收或消防安全检查合格且有效', check: 'judgement' },
  {
    code: 'fire.equipment',
    category: 'fire_safety',
    title: '灭火器材、疏散通道、安全出口、应急照明完好畅通',
    check: 'judgement',
  },
  { code: 'fire.drill', category: 'fire_safety', title: '定期开展消防安全演练并有记录', check: 'judgement' },
  { code: 'safety.cctv_coverage', category: 'safety', title: '视频监控覆盖所有婴幼儿活动区域', check: 'cctv_coverage' },
  { code: 'safety.cctv_retention', category: 'safety', title: '监控录像保存期限不少于90日', check: 'cctv_retention' },
  { code: 'safety.handover', category: 'safety', title: '婴幼儿接送交接与安全防护制度落实', check: 'judgement' },
  { code: 'food.licence', category: 'food', title: '提供膳食的持有效食品经营许可证', check: 'judgement' },
  { code: 'food.samples', category: 'food', title: '每餐食品留样并保存48小时以上', check: 'judgement' },
  {
    code: 'health.staff_certificates',
    category: 'health_care',
    title: '工作人员持有效健康合格证明',
    check: 'judgement',
  },
  {
    code: 'health.daily_checks',
    category: 'health_care',
    title: '晨午检及全日健康观察、消毒记录完整',
    check: 'judgement',
  },
  { code: 'care.staff_ratio', category: 'care_practice', title: '保育人员与婴幼儿比例达标', check: 'staff_ratio' },
  { code: 'care.class_size', category: 'care_practice', title: '班级规模不超过标准', check: 'class_size' },
  { code: 'care.daily_routine', category: 'care_practice', title: '一日生活安排与照护记录规范', check: 'judgement' },
  { code: 'fees.published', category: 'fees', title: '收费项目和标准公示', check: 'judgement' },
  { code: 'fees.no_extra_charges', category: 'fees', title: '无超标准、超范围收费', check: 'judgement' },
];
