import { DEFAULT_QUALITY_MODEL, QualityModel } from './quality-model';
import { rateQuality } from './rate-quality';

const CODES = ['conditions', 'staff', 'care', 'health', 'parenting_support', 'safety', 'management'];
const uniform = (percent: number) => Object.fromEntries(CODES.map((c) => [c, percent]));
// 100/140/200/210/80/200/70: a 100% score in one dimension earns its weight in points.
const scores = (values: number[]) => Object.fromEntries(CODES.map((c, i) => [c, values[i]]));

describe('rateQuality with the default 1000-point model (A ≥ 900, B ≥ 750, C ≥ 600, else D)', () => {
  it.each([
    ['all full marks', uniform(100), 1000, 'A'],
    ['exactly the A cut-off', uniform(90), 900, 'A'],
    ['just below A', uniform(89.9), 899, 'B'],
    ['exactly the B cut-off', uniform(75), 750, 'B'],
    ['just below B', uniform(74.9), 749, 'C'],
    ['exactly the C cut-off', uniform(60), 600, 'C'],
    ['just below C', uniform(59.9), 599, 'D'],
    ['nothing', uniform(0), 0, 'D'],
    // 100 + 126 + 180 + 168 + 64 + 200 + 63 = 901
    ['weights matter: strong safety', scores([100, 90, 90, 80, 80, 100, 90]), 901, 'A'],
    // 100 + 126 + 180 + 168 + 64 + 180 + 63 = 881
    ['weights matter: weaker safety', scores([100, 90, 90, 80, 80, 90, 90]), 881, 'B'],
    // 85 + 112 + 150 + 168 + 60 + 160 + 56 = 791
    ['a typical B', scores([85, 80, 75, 80, 75, 80, 80]), 791, 'B'],
  ])('%s: total %p, level %s', (_case, given, total, level) => {
    const { rating, problems } = rateQuality(DEFAULT_QUALITY_MODEL, given, []);
    expect(problems).toEqual([]);
    expect(rating).toMatchObject({ totalScore: total, level, vetoed: false });
  });

  it.each([
    ['child_abuse', '发生虐待、伤害婴幼儿事件'],
    ['false_materials', '提供虚假备案或评估材料'],
  ])('a veto item (%s) makes full marks a D', (veto, description) => {
    const { rating } = rateQuality(DEFAULT_QUALITY_MODEL, uniform(100), [veto]);
    expect(rating).toMatchObject({ totalScore: 1000, level: 'D', vetoed: true, vetoes: [description] });
  });

  it('keeps each dimension’s points', () => {
    const { rating } = rateQuality(DEFAULT_QUALITY_MODEL, scores([85, 80, 75, 80, 75, 80, 80]), []);
    expect(rating!.dimensions.map((d) => [d.dimension, d.points])).toEqual([
      ['办托条件', 85],
      ['托育队伍', 112],
      ['保育照护', 150],
      ['卫生保健', 168],
      ['养育支持', 60],
      ['安全保障', 160],
      ['机构管理', 56],
    ]);
  });

  it('follows configured weights and cut-offs', () => {
    const model: QualityModel = {
      dimensions: [
        { code: 'a', name: '甲', weight: 50 },
        { code: 'b', name: '乙', weight: 50 },
      ],
      cutOffs: [
        { level: 'A', minTotal: 95 },
        { level: 'B', minTotal: 80 },
        { level: 'C', minTotal: 50 },
      ],
      vetoItems: [],
    };
    expect(rateQuality(model, { a: 100, b: 80 }, []).rating).toMatchObject({ totalScore: 90, level: 'B' });
    expect(rateQuality(model, { a: 100, b: 90 }, []).rating).toMatchObject({ totalScore: 95, level: 'A' });
  });

  it.each([
    ['a missing dimension', { ...uniform(80), care: undefined }, [], [['scores.care', 'required']]],
    ['a score above 100', { ...uniform(80), safety: 120 }, [], [['scores.safety', 'range']]],
    ['a negative score', { ...uniform(80), staff: -1 }, [], [['scores.staff', 'range']]],
    ['a score that is not a number', { ...uniform(80), health: '90' }, [], [['scores.health', 'range']]],
    ['an unknown dimension', { ...uniform(80), fun: 100 }, [], [['scores.fun', 'unknown_field']]],
    ['an unknown veto item', uniform(80), ['late_lunch'], [['vetoes', 'enum']]],
  ])('%s is a field problem', (_case, given, vetoes, expected) => {
    const clean = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const { rating, problems } = rateQuality(DEFAULT_QUALITY_MODEL, clean, vetoes);
    expect(rating).toBeUndefined();
    expect(problems.map((p) => [p.field, p.code])).toEqual(expected);
  });
});
