import { IsLocalDate } from '@tuoyu/kernel';
import { IsArray, IsISO8601, IsString, IsUrl, Length, Matches } from 'class-validator';

/** The institution's first notice: what to file, with whom, and by when (api.md: it names dueOn). */
export class FilingDueProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsLocalDate() approvedOn: string;
  @IsLocalDate() dueOn: string;
  @IsISO8601({ strict: true }) dueAt: string;
  @IsArray() @IsString({ each: true }) dueExplanation: string[];
  @IsUrl({ require_tld: false }) caseUrl: string;
}
