import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { RegistrationChanges } from '../messages/registration-changed.message';
import { DepartmentContact } from './department-contact';
import { DueExplanationStep } from './due-explanation-step';

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** 备案回执 with the 基本条件告知书: the department accepted the filing. */
export class FilingReceiptProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsString() @Length(1, 64) receiptNumber: string;
  @IsLocalDate() filedOn: string;
  @IsString() @Length(1, 200) departmentName: string;
  /** The basic conditions the institution must keep meeting (基本条件告知书), one line each. */
  @IsArray() @IsString({ each: true }) basicConditions: string[];
  @IsUrl({ require_tld: false }) caseUrl: string;
  /** Whom the institution may ask (optional: a region without a department yet; v1 messages from before). */
  @IsOptional() @ValidateNested() @Type(() => DepartmentContact) department?: DepartmentContact;
}

/**
 * 已收到备案材料: the institution's confirmation that a submission (or a resubmission after 补正) arrived, with
 * when the department's review is due.
 */
export class FilingSubmittedProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  /** The case's submission number: 1 for the first, 2 and more for resubmissions after a correction request. */
  @IsInt() @Min(1) submissionNumber: number;
  @IsLocalDate() submittedOn: string;
  /** The department's receipt deadline (5 working days), when a clock was opened for it. */
  @IsOptional() @IsLocalDate() reviewDueOn?: string;
  @IsOptional() @IsISO8601({ strict: true }) reviewDueAt?: string;
  @IsUrl({ require_tld: false }) caseUrl: string;
  /** Whom the institution may ask (optional: a region without a department yet). */
  @IsOptional() @ValidateNested() @Type(() => DepartmentContact) department?: DepartmentContact;
}

/**
 * 已收到变更备案: the institution's confirmation that its change filing (变更备案) arrived, naming the change by
 * its registration date and the registered facts it changed.
 */
export class ChangeFilingSubmittedProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  /** The date of the registration change (变更登记) this filing answers. */
  @IsLocalDate() changedOn: string;
  @IsLocalDate() filedOn: string;
  /** The changed facts as the registration sent them (absent fields did not change). */
  @IsObject() @ValidateNested() @Type(() => RegistrationChanges) changes: RegistrationChanges;
  @IsUrl({ require_tld: false }) caseUrl: string;
  /** Whom the institution may ask (optional: a region without a department yet). */
  @IsOptional() @ValidateNested() @Type(() => DepartmentContact) department?: DepartmentContact;
}

export class CorrectionItem {
  /** The material or field, e.g. "fireSafetyCertificate (消防安全检查合格证明)". */
  @IsString() @Length(1, 200) item: string;
  @IsString() @Length(1, 500) reason: string;
}

/** 一次性告知: everything that is missing or wrong, at once, with the correction deadline. */
export class CorrectionRequestedProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsString() @Length(1, 200) departmentName: string;
  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => CorrectionItem) items: CorrectionItem[];
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

/** 不符合备案要求告知: the filing was found non-compliant, with the reasons (also published). */
export class NonComplianceProps {
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsString() @Length(1, 200) departmentName: string;
  @IsArray() @ArrayNotEmpty() @IsString({ each: true }) reasons: string[];
  @IsLocalDate() decidedOn: string;
  @IsUrl({ require_tld: false }) caseUrl: string;
  /** Whom the institution may ask (optional: a region without a department yet; v1 messages from before). */
  @IsOptional() @ValidateNested() @Type(() => DepartmentContact) department?: DepartmentContact;
}

/** A new handoff reached the department's inbox (registration shared with the county health department). */
export class HandoffArrivedProps {
  @IsString() @Length(1, 200) departmentName: string;
  @IsString() @Length(1, 200) institutionName: string;
  @Matches(USCC) uscc: string;
  @IsLocalDate() approvedOn: string;
  @IsLocalDate() filingDueOn: string;
  @IsUrl({ require_tld: false }) inboxUrl: string;
}

export class DigestItem {
  @IsString() @Length(1, 200) name: string;
  @Matches(USCC) uscc: string;
  /** The case status, e.g. awaiting_submission, overdue, submitted. */
  @IsString() status: string;
  /** The date that matters for this line: the filing due date, or the review (receipt) due date. */
  @IsLocalDate() dueOn: string;
  @IsOptional() @IsUrl({ require_tld: false }) caseUrl?: string;
}

/** An open complaint or incident of the region (kept by filing from the evaluation service's feed). */
export class DigestSupervisionItem {
  @IsIn(['complaint', 'incident']) kind: 'complaint' | 'incident';
  @IsString() @Length(1, 40) reference: string;
  @IsString() @Length(1, 200) institutionName: string;
  /** "中文 (English)": each locale shows its half. */
  @IsString() @Length(1, 200) topic: string;
  @IsLocalDate() dueOn: string;
  /** Its handling or follow-up date has passed. */
  @IsBoolean() overdue: boolean;
}

/** The department's daily digest (08:30 on working days): only sent when one of the lists is not empty. */
export class DepartmentDigestProps {
  @IsString() @Length(1, 200) departmentName: string;
  @Matches(/^\d{6}$/) regionCode: string;
  @IsLocalDate() date: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DigestItem) dueSoon: DigestItem[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DigestItem) overdue: DigestItem[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DigestItem) awaitingReview: DigestItem[];
  /** Open complaints and incidents, overdue first. */
  @IsArray() @ValidateNested({ each: true }) @Type(() => DigestSupervisionItem) supervision: DigestSupervisionItem[];
}
