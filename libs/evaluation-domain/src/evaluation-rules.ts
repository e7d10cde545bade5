import { CareStandards, DEFAULT_CARE_STANDARDS } from './inspection/care-standards';
import { ChecklistItem, DEFAULT_CHECKLIST } from './inspection/checklist';
import { DEFAULT_QUALITY_MODEL, QualityModel } from './quality/quality-model';

/** Everything an inspection or evaluation is judged by: configuration, provided under EVALUATION_RULES. */
export interface EvaluationRules {
  checklist: readonly ChecklistItem[];
  careStandards: CareStandards;
  qualityModel: QualityModel;
}

export const DEFAULT_EVALUATION_RULES: EvaluationRules = {
  checklist: DEFAULT_CHECKLIST,
  careStandards: DEFAULT_CARE_STANDARDS,
  qualityModel: DEFAULT_QUALITY_MODEL,
};

/** Override with `{ provide: EVALUATION_RULES, useValue: ... }` (e.g. a county's own checklist or cut-offs). */
export const EVALUATION_RULES = Symbol('EVALUATION_RULES');
