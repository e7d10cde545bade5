import { InspectionFindings, MeasuredClass, assessInspection } from './assess-inspection';
import { DEFAULT_CARE_STANDARDS } from './care-standards';
import { DEFAULT_CHECKLIST } from './checklist';

const JUDGEMENTS = DEFAULT_CHECKLIST.filter((item) => item.check === 'judgement').map((item) => ({
  code: item.code,
  passed: true,
}));
const GOOD_CCTV = { coversAllChildAreas: true, retentionDays: 90 };

function resultOf(code: string, input: Partial<InspectionFindings>) {
  const { results, problems } = assessInspection(DEFAULT_CHECKLIST, DEFAULT_CARE_STANDARDS, {
    findings: JUDGEMENTS,
    classes: [{ name: '小一班', ageGroup: 'toddler_small', children: 10, carers: 2 }],
    cctv: GOOD_CCTV,
    ...input,
  });
  expect(problems).toEqual([]);
  return results.find((r) => r.code === code)!;
}

const one = (ageGroup: MeasuredClass['ageGroup'], children: number, carers: number): MeasuredClass[] => [
  { name: 'A', ageGroup, children, carers },
];

describe('staff ratios by class age (乳儿班 1:3, 托小班 1:5, 托大班 1:7; mixed at the stricter 1:5)', () => {
  it.each([
    ['infant', 9, 3, true],
    ['infant', 10, 3, false],
    ['infant', 3, 1, true],
    ['infant', 4, 1, false],
    ['toddler_small', 15, 3, true],
    ['toddler_small', 12, 2, false],
    ['toddler_small', 10, 2, true],
    ['toddler_large', 20, 3, true],
    ['toddler_large', 15, 2, false],
    ['toddler_large', 14, 2, true],
    ['mixed', 18, 4, true],
    ['mixed', 16, 3, false],
    ['toddler_small', 1, 0, false],
  ] as const)('%s: %i children with %i carers passes: %p', (ageGroup, children, carers, passed) => {
    expect(resultOf('care.staff_ratio', { classes: one(ageGroup, children, carers) }).passed).toBe(passed);
  });

  it('names each failing class with its numbers', () => {
    const result = resultOf('care.staff_ratio', {
      classes: [
        { name: '小一班', ageGroup: 'toddler_small', children: 12, carers: 2 },
        { name: '大一班', ageGroup: 'toddler_large', children: 14, carers: 2 },
        { name: '乳一班', ageGroup: 'infant', children: 7, carers: 2 },
      ],
    });
    expect(result.finding).toBe(
      '托小班「小一班」 2 carers for 12 children, below 1:5; 乳儿班「乳一班」 2 carers for 7 children, below 1:3',
    );
  });
});

describe('class sizes (≤10 / ≤15 / ≤20, mixed ≤18)', () => {
  it.each([
    ['infant', 10, true],
    ['infant', 11, false],
    ['toddler_small', 15, true],
    ['toddler_small', 16, false],
    ['toddler_large', 20, true],
    ['toddler_large', 21, false],
    ['mixed', 18, true],
    ['mixed', 19, false],
  ] as const)('%s with %i children passes: %p', (ageGroup, children, passed) => {
    // Enough carers that only the size is in question.
    expect(resultOf('care.class_size', { classes: one(ageGroup, children, 10) }).passed).toBe(passed);
  });
});

describe('CCTV: covers every children’s area, footage kept ≥ 90 days', () => {
  it.each([
    [90, true],
    [89, false],
    [180, true],
    [30, false],
    [0, false],
  ])('kept %i days passes: %p', (retentionDays, passed) => {
    expect(resultOf('safety.cctv_retention', { cctv: { coversAllChildAreas: true, retentionDays } }).passed).toBe(
      passed,
    );
  });

  it.each([
    [true, true],
    [false, false],
  ])('covering every area %p passes: %p', (coversAllChildAreas, passed) => {
    expect(resultOf('safety.cctv_coverage', { cctv: { coversAllChildAreas, retentionDays: 90 } }).passed).toBe(passed);
  });
});

describe('judgement items and what is missing', () => {
  it('takes the inspector’s note as the finding of a failed item', () => {
    const findings = JUDGEMENTS.map((j) =>
      j.code === 'food.samples' ? { ...j, passed: false, note: '周三午餐未留样' } : j,
    );
    expect(resultOf('food.samples', { findings })).toMatchObject({
      category: '饮食',
      passed: false,
      finding: '周三午餐未留样',
    });
  });

  it.each<[string, Partial<InspectionFindings>, string[][]]>([
    ['no classes', { classes: [] }, [['classes', 'required']]],
    ['no CCTV', { cctv: undefined }, [['cctv', 'required']]],
    ['an unanswered item', { findings: JUDGEMENTS.slice(1) }, [['findings', 'required']]],
    [
      'an unknown item',
      { findings: [...JUDGEMENTS, { code: 'fire.dragons', passed: true }] },
      [['findings', 'unknown_item']],
    ],
  ])('%s is a field problem', (_case, input, expected) => {
    const { problems } = assessInspection(DEFAULT_CHECKLIST, DEFAULT_CARE_STANDARDS, {
      findings: JUDGEMENTS,
      classes: one('infant', 3, 1),
      cctv: GOOD_CCTV,
      ...input,
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual(expected);
  });

  it('a re-inspection checks only the order’s items', () => {
    const { results, problems } = assessInspection(
      DEFAULT_CHECKLIST,
      DEFAULT_CARE_STANDARDS,
      { findings: [], classes: one('toddler_small', 10, 2) },
      ['care.staff_ratio'],
    );
    expect(problems).toEqual([]);
    expect(results).toEqual([expect.objectContaining({ code: 'care.staff_ratio', passed: true })]);
  });

  it('covers all six areas in the default checklist', () => {
    expect(new Set(DEFAULT_CHECKLIST.map((i) => i.category))).toEqual(
      new Set(['fire_safety', 'safety', 'food', 'health_care', 'care_practice', 'fees']),
    );
  });
});
