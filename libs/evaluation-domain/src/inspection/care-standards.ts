/** Class types of 托育机构设置标准（试行）: 乳儿班 6–12 months, 托小班 12–24, 托大班 24–36, 混合编班 (18 months up). */
export const AGE_GROUPS = ['infant', 'toddler_small', 'toddler_large', 'mixed'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const AGE_GROUP_NAMES: Record<AgeGroup, string> = {
  infant: '乳儿班',
  toddler_small: '托小班',
  toddler_large: '托大班',
  mixed: '混合编班',
};

/** The measured limits an inspection checks (domain.md); configuration, not constants. */
export interface CareStandards {
  /** Children per carer at most (1:3 → 3). */
  childrenPerCarer: Record<AgeGroup, number>;
  maxClassSize: Record<AgeGroup, number>;
  minCctvRetentionDays: number;
}

export const DEFAULT_CARE_STANDARDS: CareStandards = {
  // No source gives a ratio for mixed classes; they hold 18–36 months, so the stricter 托小班 1:5 applies.
  childrenPerCarer: { infant: 3, toddler_small: 5, toddler_large: 7, mixed: 5 },
  maxClassSize: { infant: 10, toddler_small: 15, toddler_large: 20, mixed: 18 },
  minCctvRetentionDays: 90,
};
