import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { ImportedHistory } from './imported-history';

export const SERVICE_TYPES = ['full_day', 'half_day', 'hourly', 'temporary'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const INSTITUTION_NATURES = ['nonprofit', 'forprofit', 'public_institution'] as const;
export type InstitutionNature = (typeof INSTITUTION_NATURES)[number];

/** registration → filing: an approved registration (核准登记) handed to the county health department. */
export class RegistrationApproved {
  @Equals(1) v: 1;
  @IsUUID() registrationId: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsString() @Length(1, 200) name: string;
  @IsIn(INSTITUTION_NATURES) nature: InstitutionNature;
  @Matches(/^\d{6}$/) regionCode: string;
  @IsString() @Length(1, 300) address: string;
  @IsEmail() contactEmail: string;
  @IsLocalDate() approvedOn: string;
  @IsArray() @ArrayNotEmpty() @IsIn(SERVICE_TYPES, { each: true }) serviceTypes: ServiceType[];
  @IsInt() @Min(1) capacity: number;
  @IsBoolean() inclusive: boolean;
  /** Only for an institution brought in by an import: what it had already done (absent: a new approval). */
  @IsOptional() @ValidateNested() @Type(() => ImportedHistory) history?: ImportedHistory;
}
