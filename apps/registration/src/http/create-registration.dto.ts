import { ApiProperty } from '@nestjs/swagger';
import {
  INSTITUTION_NATURES,
  SERVICE_TYPES,
  IsPhoneNumberText,
  type InstitutionNature,
  type ServiceType,
} from '@tuoyu/contracts';
import { IsRegionCode, IsResidentId, IsUscc } from '@tuoyu/identity';
import { IsLocalDate } from '@tuoyu/kernel';
import { AUTHORITY_KINDS, type AuthorityKind } from '@tuoyu/registration-domain';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class LegalRepresentativeDto {
  @ApiProperty({ example: '张三' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({
    example: '513102199001010019',
    description: '18-character resident ID (GB 11643); stored only masked and hashed',
  })
  @IsDefined()
  @IsResidentId()
  idNumber: string;
}

export class ContactDto {
  @ApiProperty({ example: 'office@example.cn' })
  @IsDefined()
  @IsEmail({}, { message: 'contact.email must be an email address' })
  email: string;

  @ApiProperty({ example: '0832-1234567' })
  @IsDefined()
  @IsString()
  @IsPhoneNumberText('phone')
  phone: string;
}

export class CreateRegistrationDto {
  @ApiProperty({ example: '91512081MA62K0260E', description: 'GB 32100 unified social credit code' })
  @IsDefined()
  @IsUscc()
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: INSTITUTION_NATURES })
  @IsDefined()
  @IsIn(INSTITUTION_NATURES)
  nature: InstitutionNature;

  @ApiProperty({ enum: AUTHORITY_KINDS })
  @IsDefined()
  @IsIn(AUTHORITY_KINDS)
  authorityKind: AuthorityKind;

  @ApiProperty({ example: '512002', description: '6-digit GB/T 2260 county-level code' })
  @IsDefined()
  @IsRegionCode()
  regionCode: string;

  @ApiProperty({ example: '资阳市雁江区某街道1号' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address: string;

  @ApiProperty({ type: LegalRepresentativeDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LegalRepresentativeDto)
  legalRepresentative: LegalRepresentativeDto;

  @ApiProperty({ type: ContactDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactDto)
  contact: ContactDto;

  @ApiProperty({ example: '3岁以下婴幼儿托育服务', description: 'must name childcare (托育 / 婴幼儿照护)' })
  @IsDefined()
  @IsString()
  @Matches(/托育|婴幼儿照护/, { message: 'businessScope must name childcare (托育 or 婴幼儿照护)' })
  businessScope: string;

  @ApiProperty({ enum: SERVICE_TYPES, isArray: true })
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(SERVICE_TYPES, { each: true })
  serviceTypes: ServiceType[];

  @ApiProperty({ example: 60 })
  @IsDefined()
  @IsInt()
  @Min(1)
  capacity: number;

  @ApiProperty({ example: true, description: 'inclusive (普惠) places' })
  @IsDefined()
  @IsBoolean()
  inclusive: boolean;

  @ApiProperty({ example: '2026-09-20', description: 'date of approval (核准登记), YYYY-MM-DD' })
  @IsDefined()
  @IsLocalDate()
  approvedOn: string;
}
