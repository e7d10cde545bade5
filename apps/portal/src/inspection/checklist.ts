import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import type { components } from '../api-types/evaluation';

/** POST …/inspections as the evaluation service takes it, typed from its OpenAPI. */
export type InspectionBody = components['schemas']['InspectionDto'];
export type InspectionOutcome = components['schemas']['InspectionOutcomeDto'];
export type ChecklistItem = components['schemas']['ChecklistItemDto'];

/**
 * The checklist the evaluation service assesses inspections by (its configured one, so a region's own list shows
 * as it is judged). It changes only with the service's configuration: fetched once per page load.
 */
export function useInspectionChecklist() {
  return useQuery({
    queryKey: ['inspection-checklist'],
    queryFn: () => api<ChecklistItem[]>('/api/evaluation/inspection-checklist'),
    staleTime: Infinity,
  });
}

/** A class's age group as the evaluation service's OpenAPI names it (its enum is the domain's AGE_GROUPS). */
export type AgeGroup = components['schemas']['MeasuredClassDto']['ageGroup'];

/** The portal keeps only the labels: an age group added or renamed in the domain fails the portal's typecheck. */
const AGE_GROUP_ZH: Record<AgeGroup, string> = {
  infant: '乳儿班',
  toddler_small: '托小班',
  toddler_large: '托大班',
  mixed: '混合编班',
};

export const AGE_GROUPS = (Object.entries(AGE_GROUP_ZH) as [AgeGroup, string][]).map(([value, label]) => ({
  value,
  label,
}));

/**
 * What an inspection of `scope` (every item, or a rectification order's items) asks the inspector for: a finding
 * for each judgement item; the classes or the CCTV when an item is computed from them.
 */
export function inspectionScope(
  checklist: readonly ChecklistItem[],
  scope?: string[],
): { judged: ChecklistItem[]; classes: boolean; cctv: boolean } {
  const items = checklist.filter((item) => !scope || scope.includes(item.code));
  const checks = new Set(items.map((item) => item.check));
  return {
    judged: items.filter((item) => item.check === 'judgement'),
    classes: checks.has('staff_ratio') || checks.has('class_size'),
    cctv: checks.has('cctv_coverage') || checks.has('cctv_retention'),
  };
}
