import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  Equals,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { SERVICE_TYPES, type ServiceType } from './registration-approved.message';

/** The registered facts a change (变更登记) may touch; absent fields did not change. */
export class RegistrationChanges {
  @IsOptional() @IsString() @Length(1, 200) name?: string;
  @IsOptional() @IsString() @Length(1, 300) address?: string;
  @IsOptional() @IsString() @Length(1, 100) legalRepresentativeName?: string;
  @IsOptional() @IsEmail() contactEmail?: string;
  @IsOptional() @IsArray() @ArrayNotEmpty() @IsIn(SERVICE_TYPES, { each: true }) serviceTypes?: ServiceType[];
  @IsOptional() @IsInt() @Min(1) capacity?: number;
}

/** registration → filing: an approved change; the institution must file the change (变更备案). */
export class RegistrationChanged {
  @Equals(1) v: 1;
  @IsUUID() registrationId: string;
  @IsUUID() changeId: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsLocalDate() changedOn: string;
  @IsObject() @ValidateNested() @Type(() => RegistrationChanges) changes: RegistrationChanges;
}
