import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '@tuoyu/filing-domain';
import { IsResidentId } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class PremisesDto {
  @ApiProperty({ enum: ['owned', 'leased'] })
  @IsDefined()
  @IsIn(['owned', 'leased'])
  ownership: 'owned' | 'leased';

  @ApiPropertyOptional({ example: 5, description: 'lease term in years (at least 3 for a leased site)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  leaseYears?: number;
}

export class HealthEvaluationDto {
  @ApiProperty({ enum: ['qualified', 'unqualified'], description: '托幼机构卫生评价报告 result (合格 = qualified)' })
  @IsDefined()
  @IsIn(['qualified', 'unqualified'])
  result: 'qualified' | 'unqualified';

  @ApiProperty({ example: '雁卫评〔2026〕012号' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  reportNumber: string;
}

export class FireSafetyDto {
  @ApiProperty({ enum: ['inspection_certificate', 'acceptance_opinion'] })
  @IsDefined()
  @IsIn(['inspection_certificate', 'acceptance_opinion'])
  kind: 'inspection_certificate' | 'acceptance_opinion';

  @ApiProperty({ example: '资消安检字〔2026〕第0031号' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  number: string;
}

export class FilingMaterialsDto {
  @ApiProperty({ description: '备案书 confirmed' })
  @IsDefined()
  @IsBoolean()
  filingFormConfirmed: boolean;

  @ApiProperty({ description: '备案承诺书 confirmed' })
  @IsDefined()
  @IsBoolean()
  commitmentConfirmed: boolean;

  @ApiProperty({ type: PremisesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PremisesDto)
  premises: PremisesDto;

  @ApiProperty({ type: HealthEvaluationDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => HealthEvaluationDto)
  healthEvaluation: HealthEvaluationDto;

  @ApiProperty({ type: FireSafetyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FireSafetyDto)
  fireSafety: FireSafetyDto;

  @ApiProperty()
  @IsDefined()
  @IsBoolean()
  mealsServed: boolean;

  @ApiPropertyOptional({
    example: 'JY35120020001234',
    description: '食品经营许可证 number, required when meals are served',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  foodLicenseNumber?: string;
}

export class StaffMemberDto {
  @ApiProperty({ example: '李四' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '513102199001010019', description: 'resident ID: stored only masked and hashed' })
  @IsDefined()
  @IsResidentId()
  idNumber: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsDefined()
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiPropertyOptional({ example: '保育师（四级）' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  qualification?: string;

  @ApiProperty({ description: '健康证明 held' })
  @IsDefined()
  @IsBoolean()
  healthCertificate: boolean;
}

export class SubmitFilingDto {
  @ApiProperty({ type: FilingMaterialsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FilingMaterialsDto)
  materials: FilingMaterialsDto;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'ids of documents uploaded to this case (POST /filings/:id/documents); one of every required kind must be ' +
      'among them: business_license, premises_proof, staff_qualifications, staff_health_certificates, ' +
      'health_evaluation_report, fire_safety_certificate, and food_license when materials.mealsServed',
    example: ['0b9a4f0e-5d1c-4d7e-9a51-2f7b1c9e8a10'],
  })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'documents must not name a document twice' })
  @IsUUID('4', { each: true, message: 'each document must be the id of an uploaded document (a UUID)' })
  documents: string[];

  @ApiProperty({ type: [StaffMemberDto] })
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => StaffMemberDto)
  staff: StaffMemberDto[];
}

export class SubmitChangeFilingDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'ids of uploaded documents showing the change (e.g. the new licence), uploaded to this case',
  })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'documents must not name a document twice' })
  @IsUUID('4', { each: true, message: 'each document must be the id of an uploaded document (a UUID)' })
  documents: string[];
}
