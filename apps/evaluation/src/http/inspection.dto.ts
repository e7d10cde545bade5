import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGE_GROUPS, type AgeGroup } from '@tuoyu/evaluation-domain';
import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class JudgedItemDto {
  @ApiProperty({ example: 'fire.equipment', description: 'a judgement item code of the checklist' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code: string;

  @ApiProperty({ example: false })
  @IsDefined()
  @IsBoolean()
  passed: boolean;

  @ApiPropertyOptional({ example: '二楼疏散通道堆放杂物' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class MeasuredClassDto {
  @ApiProperty({ example: '小一班' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({
    enum: AGE_GROUPS,
    description: '乳儿班 infant, 托小班 toddler_small, 托大班 toddler_large, 混合 mixed',
  })
  @IsDefined()
  @IsIn(AGE_GROUPS)
  ageGroup: AgeGroup;

  @ApiProperty({ example: 12 })
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(200)
  children: number;

  @ApiProperty({ example: 2, description: 'carers (保育人员) present with the class' })
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(100)
  carers: number;
}

export class CctvDto {
  @ApiProperty({ example: true })
  @IsDefined()
  @IsBoolean()
  coversAllChildAreas: boolean;

  @ApiProperty({ example: 90, description: 'days of footage kept (≥ 90 required)' })
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(3650)
  retentionDays: number;
}

/** A supervision inspection or re-inspection: judgements for judgement items, measurements for the rest. */
export class InspectionDto {
  @ApiProperty({ example: '2026-11-03' })
  @IsDefined()
  @IsLocalDate()
  inspectedOn: string;

  @ApiProperty({ type: [JudgedItemDto] })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => JudgedItemDto)
  findings: JudgedItemDto[];

  @ApiPropertyOptional({ type: [MeasuredClassDto], description: 'required when staff ratio or class size is checked' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeasuredClassDto)
  classes?: MeasuredClassDto[];

  @ApiPropertyOptional({ type: CctvDto, description: 'required when CCTV is checked' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CctvDto)
  cctv?: CctvDto;

  @ApiPropertyOptional({ example: '2026-12-03', description: 'rectification deadline (required when an item fails)' })
  @IsOptional()
  @IsLocalDate()
  rectificationDueOn?: string;
}
