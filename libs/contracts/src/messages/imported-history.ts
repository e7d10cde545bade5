import { IsLocalDate } from '@tuoyu/kernel';
import { EVALUATION_LEVELS, type EvaluationLevel } from './evaluation-published.message';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

/**
 * What an institution that existed before Tuoyu has already done, carried by an import (registration → filing →
 * evaluation): duties met on these dates are recorded met and send no notices.
 */
export class ImportedHistory {
  /** The import job that brought the institution in: filing sums up each import once per department. */
  @IsUUID() importId: string;
  /** The registration was shared with the county health department on this day (资料共享). */
  @IsOptional() @IsLocalDate() sharedOn?: string;
  /** The filing was accepted (备案回执) on this day, under this receipt number. */
  @IsOptional() @IsLocalDate() filedOn?: string;
  @IsOptional() @IsString() @Length(1, 64) receiptNumber?: string;
  /** The latest published quality evaluation (WS/T 821—2023 level) and its date. */
  @IsOptional() @IsIn(EVALUATION_LEVELS) evaluationLevel?: EvaluationLevel;
  @IsOptional() @IsLocalDate() evaluatedOn?: string;
  /** The latest supervision inspection: the next one is due a period after it. */
  @IsOptional() @IsLocalDate() lastInspectionOn?: string;
}
