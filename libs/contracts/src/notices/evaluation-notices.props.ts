import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { DueExplanationStep } from './due-explanation-step';

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export class RectificationItem {
  /** The checklist area, e.g. 消防. */
  @IsString() @Length(1, 50) category: string;
  @IsString() @Length(1, 200) item: string;
  /** What the inspector found, e.g. "托小班 2 carers for 12 children: 1:6 is below 1:5". */
  @IsString() @Length(1, 500) finding: string;
}

/** 责令限期整改: the failed items of an inspection and the inspector's deadline. */
export class RectificationOrderedProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsString() @Length(1, 200) departmentName: string;
  @IsLocalDate() inspectedOn: string;
  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => RectificationItem) items: RectificationItem[];
  @IsLocalDate() dueOn: string;
  @IsISO8601({ strict: true }) dueAt: string;
  @IsArray() @IsString({ each: true }) dueExplanation: string[];
  /** The same as steps, phrased in the notice's language (optional: messages from before steps lack it). */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DueExplanationStep)
  dueExplanationSteps?: DueExplanationStep[];
  @IsUrl({ require_tld: false }) caseUrl: string;
}

/** 整改复查: the re-inspection's outcome; the order closes, or the items still failing stay due. */
export class RectificationReviewedProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsString() @Length(1, 200) departmentName: string;
  @IsLocalDate() reinspectedOn: string;
  @IsBoolean() closed: boolean;
  /** The items that still fail; empty when the order closed. */
  @IsArray() @ValidateNested({ each: true }) @Type(() => RectificationItem) remaining: RectificationItem[];
  /** The order's due date (still running when items remain). */
  @IsLocalDate() dueOn: string;
  @IsUrl({ require_tld: false }) caseUrl: string;
}

export class DimensionResult {
  /** The WS/T 821—2023 dimension, e.g. 保育照护. */
  @IsString() @Length(1, 50) dimension: string;
  @IsNumber() score: number;
  @IsNumber() weight: number;
}

/** A published quality evaluation (质量评估结果): the level, its reasons, and that it is made public. */
export class EvaluationResultProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsString() @Length(1, 200) departmentName: string;
  @IsLocalDate() evaluatedOn: string;
  @IsLocalDate() publishedOn: string;
  @IsIn(['A', 'B', 'C', 'D']) level: string;
  @IsNumber() totalScore: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DimensionResult) dimensions: DimensionResult[];
  @IsBoolean() vetoed: boolean;
  /** The veto items (一票否决) found, in words; empty when none. */
  @IsArray() @IsString({ each: true }) vetoes: string[];
  @IsUrl({ require_tld: false }) publicUrl: string;
}
