import { Type } from 'class-transformer';
import { IsLocalDate } from '@tuoyu/kernel';
import { IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUrl, Length, ValidateNested } from 'class-validator';
import { DepartmentContact } from './department-contact';
import { DueExplanationStep } from './due-explanation-step';

export const ESCALATION_TARGETS = ['department', 'admin'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

/** Reminder, overdue notice and escalation share these facts about one deadline. */
export class DeadlineNoticeProps {
  /** The institution (or registration) the deadline is about. */
  @IsString() @Length(1, 200) subjectName: string;
  @IsOptional() @IsString() uscc?: string;
  /** What is due, in words, e.g. "托育机构备案 (childcare institution filing)". */
  @IsString() @Length(1, 200) duty: string;
  @IsLocalDate() dueOn: string;
  @IsISO8601({ strict: true }) dueAt: string;
  @IsArray() @IsString({ each: true }) dueExplanation: string[];
  /** The same as steps, phrased in the notice's language (optional: messages from before steps lack it). */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DueExplanationStep)
  dueExplanationSteps?: DueExplanationStep[];
  /** The rung, e.g. due_in_3_days, due_today, breach, overdue_weekly#2. */
  @IsString() rung: string;
  @IsUrl({ require_tld: false }) caseUrl: string;
  /** Who a breach is escalated to: the county department (an institution's duty) or the administrators. */
  @IsIn(ESCALATION_TARGETS) escalatedTo: EscalationTarget;
  /** For a moved due date: the date it replaces. */
  @IsOptional() @IsLocalDate() previousDueOn?: string;
  /** Whom the institution may ask (optional: a region without a department yet; v1 messages from before). */
  @IsOptional() @ValidateNested() @Type(() => DepartmentContact) department?: DepartmentContact;
}
