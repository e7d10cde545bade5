import { IsLocalDate } from '@tuoyu/kernel';
import { Equals, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';

export const BAN_SUBJECTS = ['person', 'institution'] as const;
export type BanSubject = (typeof BAN_SUBJECTS)[number];

/**
 * evaluation → filing: a lifetime ban (终身禁入) of a person, or a credit sanction (失信) of an institution.
 * A person is named only by the keyed hash of the resident ID (PiiHasher, the same PII_HASH_KEY in every
 * service), so rosters can be matched without the number crossing the queue.
 */
export class BanRecorded {
  @Equals(1) v: 1;
  @IsUUID() banId: string;
  @IsIn(BAN_SUBJECTS) subject: BanSubject;
  @ValidateIf((ban: BanRecorded) => ban.subject === 'person') @Matches(/^[0-9a-f]{64}$/) personIdHash?: string;
  @ValidateIf((ban: BanRecorded) => ban.subject === 'person') @IsOptional() @Length(18, 18) personIdMasked?: string;
  @ValidateIf((ban: BanRecorded) => ban.subject === 'institution') @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc?: string;
  @IsString() @Length(1, 500) reason: string;
  @Matches(/^\d{6}$/) regionCode: string;
  @IsLocalDate() recordedOn: string;
}
