/** What a complaint is about: the areas supervision inspects (株洲) plus abuse and unfiled childcare. */
export const COMPLAINT_CATEGORIES = {
  safety: '安全隐患 (safety hazard)',
  abuse: '虐待伤害婴幼儿 (abuse or harm)',
  health: '卫生保健 (health and hygiene)',
  food: '饮食安全 (food safety)',
  care: '保育照护 (care practice)',
  staff: '人员资质 (staff qualifications)',
  fees: '收费价格 (fees)',
  unfiled: '未备案办托 (unfiled childcare)',
  other: '其他 (other)',
} as const;
export type ComplaintCategory = keyof typeof COMPLAINT_CATEGORIES;
export const COMPLAINT_CATEGORY_CODES = Object.keys(COMPLAINT_CATEGORIES) as ComplaintCategory[];

export const COMPLAINT_CHANNELS = ['public', 'hotline_12345'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** unrouted: no region known yet (an administrator routes it); open: with a department, clock running. */
export const COMPLAINT_STATUSES = ['unrouted', 'open', 'replied'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** A complaint repeated by the same contact about the same institution within this window is the same one. */
export const COMPLAINT_RULES = Symbol('COMPLAINT_RULES');
export interface ComplaintRules {
  duplicateWindowMinutes: number;
}
export const DEFAULT_COMPLAINT_RULES: ComplaintRules = { duplicateWindowMinutes: 10 };
