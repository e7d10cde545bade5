import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import { Equals, IsEmail, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { ImportedHistory } from './imported-history';

/** filing → evaluation: a filing was accepted (备案回执 issued); evaluation starts its schedule. */
export class FilingAccepted {
  @Equals(1) v: 1;
  @IsUUID() filingCaseId: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsString() @Length(1, 200) name: string;
  @Matches(/^\d{6}$/) regionCode: string;
  @IsLocalDate() filedOn: string;
  // Optional so messages written before these fields still validate; without them evaluation sends no email.
  /** The institution's contact email: rectification orders, reminders and evaluation results go there. */
  @IsOptional() @IsEmail() contactEmail?: string;
  @IsOptional() @IsString() @Length(1, 300) address?: string;
  /** The county department at acceptance: evaluation reminders and escalations go there. */
  @IsOptional() @IsString() @Length(1, 200) departmentName?: string;
  @IsOptional() @IsEmail() departmentEmail?: string;
  /** An imported institution's evaluation and inspection history: its schedule continues from there. */
  @IsOptional() @ValidateNested() @Type(() => ImportedHistory) history?: ImportedHistory;
}
