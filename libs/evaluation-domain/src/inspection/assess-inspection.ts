import { FieldProblem } from '@tuoyu/kernel';
import { AGE_GROUP_NAMES, AgeGroup, CareStandards } from './care-standards';
import { ChecklistItem, INSPECTION_CATEGORIES } from './checklist';

export interface JudgedItem {
  code: string;
  passed: boolean;
  note?: string;
}

export interface MeasuredClass {
  name: string;
  ageGroup: AgeGroup;
  children: number;
  carers: number;
}

export interface CctvMeasurement {
  coversAllChildAreas: boolean;
  retentionDays: number;
}

/** What the inspector submits: judgements for judgement items, measurements for the computed ones. */
export interface InspectionFindings {
  findings: JudgedItem[];
  classes?: MeasuredClass[];
  cctv?: CctvMeasurement;
}

export interface ItemResult {
  code: string;
  category: string;
  title: string;
  passed: boolean;
  /** Why it failed (or the inspector's note), in words an institution can act on. */
  finding?: string;
}

export interface Assessment {
  results: ItemResult[];
  problems: FieldProblem[];
}

function classProblems(classes: MeasuredClass[], limit: (c: MeasuredClass) => string | undefined): string | undefined {
  const failures = classes.map(limit).filter((f): f is string => f !== undefined);
  return failures.length ? failures.join('; ') : undefined;
}

function label(c: MeasuredClass): string {
  return `${AGE_GROUP_NAMES[c.ageGroup]}「${c.name}」`;
}

/** Decides one computed item, or says which measurement is missing. */
function measure(
  item: ChecklistItem,
  input: InspectionFindings,
  standards: CareStandards,
): { finding?: string; missing?: 'classes' | 'cctv' } {
  const { classes, cctv } = input;
  switch (item.check) {
    case 'staff_ratio':
      if (!classes?.length) return { missing: 'classes' };
      return {
        finding: classProblems(classes, (c) => {
          const perCarer = standards.childrenPerCarer[c.ageGroup];
          // 1:N means one carer for at most N children: N × carers must cover every child.
          if (c.children <= c.carers * perCarer) return undefined;
          return `${label(c)} ${c.carers} carers for ${c.children} children, below 1:${perCarer}`;
        }),
      };
    case 'class_size':
      if (!classes?.length) return { missing: 'classes' };
      return {
        finding: classProblems(classes, (c) => {
          const max = standards.maxClassSize[c.ageGroup];
          return c.children <= max ? undefined : `${label(c)} has ${c.children} children, more than ${max}`;
        }),
      };
    case 'cctv_coverage':
      if (!cctv) return { missing: 'cctv' };
      return { finding: cctv.coversAllChildAreas ? undefined : 'CCTV does not cover every children’s area' };
    case 'cctv_retention':
      if (!cctv) return { missing: 'cctv' };
      return {
        finding:
          cctv.retentionDays >= standards.minCctvRetentionDays
            ? undefined
            : `footage kept ${cctv.retentionDays} days, fewer than ${standards.minCctvRetentionDays}`,
      };
    case 'judgement':
      return {};
  }
}

/**
 * Assesses the checklist items in `scope` (all of them for an inspection, an order's items for a re-inspection).
 * Every judgement item needs an answer and every computed item its measurements; anything missing or unknown is
 * a field problem, so the inspector fixes the whole submission at once.
 */
export function assessInspection(
  checklist: readonly ChecklistItem[],
  standards: CareStandards,
  input: InspectionFindings,
  scope: readonly string[] = checklist.map((item) => item.code),
): Assessment {
  const problems: FieldProblem[] = [];
  const results: ItemResult[] = [];
  const items = checklist.filter((item) => scope.includes(item.code));
  const judged = new Map(input.findings.map((f) => [f.code, f]));
  for (const code of judged.keys()) {
    const item = items.find((i) => i.code === code);
    if (!item || item.check !== 'judgement') {
      problems.push({
        field: 'findings',
        code: 'unknown_item',
        message: `${code} is not a judgement item to answer here`,
      });
    }
  }
  const missingMeasurements = new Set<'classes' | 'cctv'>();
  for (const item of items) {
    const base = { code: item.code, category: INSPECTION_CATEGORIES[item.category], title: item.title };
    if (item.check === 'judgement') {
      const answer = judged.get(item.code);
      if (!answer) {
        problems.push({
          field: 'findings',
          code: 'required',
          message: `findings must answer ${item.code} (${item.title})`,
        });
        continue;
      }
      results.push({
        ...base,
        passed: answer.passed,
        finding: answer.note ?? (answer.passed ? undefined : item.title),
      });
      continue;
    }
    const { finding, missing } = measure(item, input, standards);
    if (missing) missingMeasurements.add(missing);
    else results.push({ ...base, passed: finding === undefined, finding });
  }
  for (const field of missingMeasurements) {
    problems.push({ field, code: 'required', message: `${field} must be measured for this checklist` });
  }
  return { results, problems };
}
