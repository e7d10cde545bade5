import { IsLocalDate } from '@tuoyu/kernel';
import { Equals, IsIn, IsUUID, Matches } from 'class-validator';

export const EVALUATION_LEVELS = ['A', 'B', 'C', 'D'] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];

/** evaluation → filing: a quality evaluation's level was published (公示); filing discloses it. */
export class EvaluationPublished {
  @Equals(1) v: 1;
  @IsUUID() evaluationId: string;
  @IsUUID() filingCaseId: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsIn(EVALUATION_LEVELS) level: EvaluationLevel;
  @IsLocalDate() publishedOn: string;
}
