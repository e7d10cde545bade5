import type { EvaluationLevel } from '@tuoyu/contracts';
import { FieldProblem } from '@tuoyu/kernel';
import { QualityModel } from './quality-model';

export interface DimensionScore {
  code: string;
  dimension: string;
  /** Percent of the dimension achieved, 0–100. */
  score: number;
  weight: number;
  points: number;
}

export interface QualityRating {
  dimensions: DimensionScore[];
  totalScore: number;
  vetoed: boolean;
  vetoes: string[];
  level: EvaluationLevel;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The level of a quality evaluation: each dimension's percent earns its share of the weight; the total picks the
 * level by the cut-offs; any veto item (一票否决) makes it D whatever the total.
 */
export function rateQuality(
  model: QualityModel,
  scores: Record<string, unknown>,
  vetoCodes: readonly string[],
): { rating?: QualityRating; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const known = new Set(model.dimensions.map((d) => d.code));
  for (const code of Object.keys(scores)) {
    if (!known.has(code))
      problems.push({ field: `scores.${code}`, code: 'unknown_field', message: `${code} is not a dimension` });
  }
  for (const { code, name } of model.dimensions) {
    const score = scores[code];
    if (score === undefined)
      problems.push({ field: `scores.${code}`, code: 'required', message: `scores.${code} (${name}) is required` });
    else if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
      problems.push({
        field: `scores.${code}`,
        code: 'range',
        message: `scores.${code} must be a number from 0 to 100`,
      });
    }
  }
  const vetoes = vetoCodes.map((code) => model.vetoItems.find((v) => v.code === code));
  vetoCodes.forEach((code, i) => {
    if (!vetoes[i]) problems.push({ field: 'vetoes', code: 'enum', message: `${code} is not a veto item` });
  });
  if (problems.length) return { problems };
  const dimensions = model.dimensions.map(({ code, name, weight }) => {
    const score = scores[code] as number;
    return { code, dimension: name, score, weight, points: round1((score * weight) / 100) };
  });
  const totalScore = round1(dimensions.reduce((sum, d) => sum + (d.score * d.weight) / 100, 0));
  const vetoed = vetoCodes.length > 0;
  const level = vetoed ? 'D' : (model.cutOffs.find((c) => totalScore >= c.minTotal)?.level ?? 'D');
  return {
    rating: { dimensions, totalScore, vetoed, vetoes: vetoes.map((v) => v!.description), level },
    problems,
  };
}
