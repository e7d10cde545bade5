import { IsLocalDate } from '@tuoyu/kernel';
import { Equals, IsIn, IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';

export const SUPERVISION_CASE_KINDS = ['complaint', 'incident'] as const;
export type SupervisionCaseKind = (typeof SUPERVISION_CASE_KINDS)[number];

/**
 * evaluation → filing: a complaint (投诉举报) or an incident (安全事故) of a region opened or closed, so the
 * department's morning digest (composed by filing) lists its open supervision work beside its filings. The latest
 * `changedAt` wins: a redelivered or overtaken message changes nothing.
 */
export class SupervisionCaseChanged {
  @Equals(1) v: 1;
  @IsIn(SUPERVISION_CASE_KINDS) kind: SupervisionCaseKind;
  @IsUUID() caseId: string;
  @Matches(/^\d{6}$/) regionCode: string;
  /** The complaint's reference number, or the incident's short id. */
  @IsString() @Length(1, 40) reference: string;
  @IsString() @Length(1, 200) institutionName: string;
  /** A bilingual label, "中文 (English)": the complaint's category, or the incident's kind and severity. */
  @IsString() @Length(1, 200) topic: string;
  @IsIn(['open', 'closed']) status: 'open' | 'closed';
  /** When its handling (complaint) or follow-up (incident) is due, end of that day in China. */
  @IsLocalDate() dueOn: string;
  @IsISO8601({ strict: true }) changedAt: string;
}
