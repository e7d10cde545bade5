import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INCIDENT_KIND_CODES,
  INCIDENT_SEVERITY_CODES,
  INCIDENT_STATUSES,
  type IncidentKind,
  type IncidentSeverity,
  type IncidentStatus,
} from '@tuoyu/evaluation-domain';
import { HasNoResidentId, IsRegionCode } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Matches,
  Min,
} from 'class-validator';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** 安全事故/突发事件报告 by the institution. */
export class IncidentReportDto {
  @ApiProperty({ enum: INCIDENT_KIND_CODES })
  @IsDefined()
  @IsIn(INCIDENT_KIND_CODES)
  kind: IncidentKind;

  @ApiProperty({
    enum: INCIDENT_SEVERITY_CODES,
    description: 'general 一般, serious 较大, major 重大, critical 特别重大',
  })
  @IsDefined()
  @IsIn(INCIDENT_SEVERITY_CODES)
  severity: IncidentSeverity;

  @ApiProperty({ example: '2026-10-12T11:40:00+08:00', description: 'an instant with its offset' })
  @IsDefined()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(INSTANT, { message: 'occurredAt must be an instant with its offset, e.g. 2026-10-12T11:40:00+08:00' })
  occurredAt: string;

  @ApiProperty({ example: 6 })
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(1000)
  childrenAffected: number;

  @ApiProperty({ example: '已送医，封存留样食品，通知家长。' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoResidentId()
  actionsTaken: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @HasNoResidentId()
  description?: string;
}

/** An incident the department learned of elsewhere; the institution's report stays due. */
export class IncidentRecordDto {
  @ApiProperty({ description: 'the evaluation subject (filed institution)' })
  @IsDefined()
  @IsUUID()
  subjectId: string;

  @ApiProperty({ enum: INCIDENT_KIND_CODES })
  @IsDefined()
  @IsIn(INCIDENT_KIND_CODES)
  kind: IncidentKind;

  @ApiProperty({ enum: INCIDENT_SEVERITY_CODES })
  @IsDefined()
  @IsIn(INCIDENT_SEVERITY_CODES)
  severity: IncidentSeverity;

  @ApiProperty({ example: '2026-10-12T09:15:00+08:00' })
  @IsDefined()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(INSTANT, { message: 'occurredAt must be an instant with its offset, e.g. 2026-10-12T11:40:00+08:00' })
  occurredAt: string;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  childrenAffected?: number;

  @ApiProperty({ example: '家长反映婴幼儿在园摔伤，医院接诊。' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoResidentId()
  description: string;
}

export class IncidentConclusionDto {
  @ApiProperty({ example: '调查结论：保育人员看护不到位，已责令整改并约谈负责人。' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoResidentId()
  conclusion: string;

  @ApiPropertyOptional({ type: [String], description: 'bans recorded at POST /bans because of this incident' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  banIds?: string[];
}

export class IncidentListQuery {
  @ApiPropertyOptional({ example: '512002' })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES)
  status?: IncidentStatus;

  @ApiPropertyOptional({ example: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
