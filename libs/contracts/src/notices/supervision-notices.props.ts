import { IsLocalDate } from '@tuoyu/kernel';
import { IsBoolean, IsISO8601, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Min } from 'class-validator';

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** To the complainant (never an anonymous one): the complaint was received, its reference and its time limit. */
export class ComplaintReceivedProps {
  @IsString() @Length(6, 32) reference: string;
  /** The institution as the complainant named it. */
  @IsString() @Length(1, 200) institutionName: string;
  /** The category in words, e.g. "安全隐患 (safety hazard)". */
  @IsString() @Length(1, 100) category: string;
  @IsLocalDate() receivedOn: string;
  /** The handling deadline, when the complaint reached a department (absent while it is being routed). */
  @IsOptional() @IsLocalDate() dueOn?: string;
  @IsUrl({ require_tld: false }) lookupUrl: string;
}

/** To the complainant: the department's reply (答复). */
export class ComplaintRepliedProps {
  @IsString() @Length(6, 32) reference: string;
  @IsString() @Length(1, 200) institutionName: string;
  @IsString() @Length(1, 200) departmentName: string;
  @IsLocalDate() repliedOn: string;
  @IsString() @Length(1, 4000) reply: string;
  @IsUrl({ require_tld: false }) lookupUrl: string;
}

/** To the county department: a complaint reached its worklist, with the handling deadline. */
export class ComplaintAssignedProps {
  @IsString() @Length(1, 200) departmentName: string;
  @IsString() @Length(6, 32) reference: string;
  @IsString() @Length(1, 200) institutionName: string;
  @IsOptional() @Matches(USCC) uscc?: string;
  /** False when no filed institution matched: the department identifies it. */
  @IsBoolean() institutionIdentified: boolean;
  @IsString() @Length(1, 100) category: string;
  /** public (网上投诉) or hotline_12345 (12345 转办). */
  @IsString() @Length(1, 32) channel: string;
  @IsOptional() @IsString() @Length(1, 64) hotlineCaseNumber?: string;
  @IsString() @Length(1, 4000) facts: string;
  @IsLocalDate() dueOn: string;
  @IsISO8601({ strict: true }) dueAt: string;
  /** Complaints open in the department's region, this one included (evaluation's share of the digest). */
  @IsInt() @Min(0) openComplaints: number;
  @IsUrl({ require_tld: false }) caseUrl: string;
}

/** To the county department at once: a serious incident (安全事故/突发事件) was reported or recorded. */
export class IncidentReportedProps {
  @IsString() @Length(1, 200) departmentName: string;
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  /** Kind and severity in words, e.g. "食物中毒 (food poisoning)", "重大 (major)". */
  @IsString() @Length(1, 100) kind: string;
  @IsString() @Length(1, 100) severity: string;
  @IsISO8601({ strict: true }) occurredAt: string;
  @IsInt() @Min(0) childrenAffected: number;
  @IsString() @Length(1, 4000) actionsTaken: string;
  /** The follow-up (调查处理) deadline. */
  @IsLocalDate() dueOn: string;
  /** Incidents open in the department's region, this one included. */
  @IsInt() @Min(0) openIncidents: number;
  @IsUrl({ require_tld: false }) caseUrl: string;
}

/** To the county department: an incident it learned of elsewhere was not reported by the institution in time. */
export class IncidentNotReportedProps {
  @IsString() @Length(1, 200) departmentName: string;
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsString() @Length(1, 100) kind: string;
  @IsString() @Length(1, 100) severity: string;
  @IsISO8601({ strict: true }) occurredAt: string;
  /** When the institution's report was due (the limit set for the severity). */
  @IsISO8601({ strict: true }) reportDueAt: string;
  @IsUrl({ require_tld: false }) caseUrl: string;
}
