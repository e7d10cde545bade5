import type { EvaluationLevel } from '@tuoyu/contracts';

export interface QualityDimension {
  code: string;
  /** The WS/T 821—2023 dimension name. */
  name: string;
  /** Points of the dimension in the total; a dimension scored 100% earns all of them. */
  weight: number;
}

export interface VetoItem {
  code: string;
  description: string;
}

/**
 * How a quality evaluation becomes a level. WS/T 821—2023 names the seven dimensions; the 1000-point split, the
 * cut-offs and the veto items come from a secondary source (domain.md), so all of them are configuration.
 */
export interface QualityModel {
  dimensions: QualityDimension[];
  /** Minimum total for each level, best first; below the last is D. */
  cutOffs: { level: Exclude<EvaluationLevel, 'D'>; minTotal: number }[];
  vetoItems: VetoItem[];
}

export const DEFAULT_QUALITY_MODEL: QualityModel = {
  dimensions: [
    { code: 'conditions', name: '办托条件', weight: 100 },
    { code: 'staff', name: '托育队伍', weight: 140 },
    { code: 'care', name: '保育照护', weight: 200 },
    { code: 'health', name: '卫生保健', weight: 210 },
    { code: 'parenting_support', name: '养育支持', weight: 80 },
    { code: 'safety', name: '安全保障', weight: 200 },
    { code: 'management', name: '机构管理', weight: 70 },
  ],
  // Uncertain: no primary source fixes the cut-offs; these are a common 90/75/60 split of 1000 points.
  cutOffs: [
    { level: 'A', minTotal: 900 },
    { level: 'B', minTotal: 750 },
    { level: 'C', minTotal: 600 },
  ],
  vetoItems: [
    { code: 'child_abuse', description: '发生虐待、伤害婴幼儿事件' },
    { code: 'major_safety_incident', description: '发生重大安全责任事故' },
    { code: 'public_health_incident', description: '发生食物中毒、传染病暴发等重大公共卫生事件并负有责任' },
    { code: 'false_materials', description: '提供虚假备案或评估材料' },
  ],
};
