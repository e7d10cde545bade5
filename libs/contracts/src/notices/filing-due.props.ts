import { Type } from 'class-transformer';
import { IsLocalDate } from '@tuoyu/kernel';
import { IsArray, IsISO8601, IsOptional, IsString, IsUrl, Length, Matches, ValidateNested } from 'class-validator';
import { DepartmentContact } from './department-contact';
import { DueExplanationStep } from './due-explanation-step';

/** The institution's first notice: what to file, with whom, and by when (api.md: it names dueOn). */
export class FilingDueProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsLocalDate() approvedOn: string;
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
  /** Whom the institution may ask (optional: a region without a department yet; v1 messages from before). */
  @IsOptional() @ValidateNested() @Type(() => DepartmentContact) department?: DepartmentContact;
}
