import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPLAINT_CATEGORY_CODES, COMPLAINT_STATUSES, type ComplaintCategory } from '@tuoyu/evaluation-domain';
import type { ComplaintStatus } from '@tuoyu/evaluation-domain';
import { HasNoResidentId, IsRegionCode, IsUscc } from '@tuoyu/identity';
import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class ComplaintContactDto {
  @ApiPropertyOptional({ example: '王女士' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @HasNoResidentId()
  name?: string;

  @ApiPropertyOptional({ example: 'parent@example.cn', description: 'acknowledgement and reply go here' })
  @ValidateIf((c: ComplaintContactDto) => c.email !== undefined || c.phone === undefined)
  @IsDefined({ message: 'email or phone is required in a contact (omit contact to complain anonymously)' })
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 -]{4,30}$/, { message: 'phone must be digits (with + - or spaces)' })
  phone?: string;
}

/** 投诉举报 from the public form: no account; without a contact it is anonymous (and gets no email). */
export class ComplaintDto {
  @ApiPropertyOptional({ type: ComplaintContactDto, description: 'omit to complain anonymously' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComplaintContactDto)
  contact?: ComplaintContactDto;

  @ApiPropertyOptional({ example: '雁江区小星星托育中心', description: 'the institution by name (or give its USCC)' })
  @ValidateIf((c: ComplaintDto) => c.institutionUscc === undefined || c.institutionName !== undefined)
  @IsDefined({ message: 'institutionName or institutionUscc is required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoResidentId()
  institutionName?: string;

  @ApiPropertyOptional({ example: '91512081MA62K0260E' })
  @IsOptional()
  @IsUscc()
  institutionUscc?: string;

  @ApiPropertyOptional({
    example: '512002',
    description: 'the county, when known: routes a complaint whose institution is not identified',
  })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiProperty({ enum: COMPLAINT_CATEGORY_CODES })
  @IsDefined()
  @IsIn(COMPLAINT_CATEGORY_CODES)
  category: ComplaintCategory;

  @ApiProperty({ example: '二楼消防通道堆放杂物，午睡室没有灭火器。', maxLength: 4000 })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoResidentId()
  facts: string;
}

/** A 12345 hotline transfer (转办): the hotline's case number is kept; the same number twice is one complaint. */
export class HotlineTransferDto extends ComplaintDto {
  @ApiProperty({ example: '12345-2026-1012-0088' })
  @IsDefined()
  @IsString()
  @Matches(/^[0-9A-Za-z-]{4,64}$/, { message: 'hotlineCaseNumber must be 4–64 letters, digits or hyphens' })
  hotlineCaseNumber: string;
}

export class ComplaintFindingsDto {
  @ApiProperty({ example: '现场核实：二楼消防通道堆放杂物属实。' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoResidentId()
  findings: string;
}

export class ComplaintReplyDto {
  @ApiProperty({
    example: '经现场检查，反映问题属实，已责令该机构限期整改。',
    description: 'emailed to the complainant',
  })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoResidentId()
  reply: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @HasNoResidentId()
  findings?: string;
}

export class ComplaintAssignmentDto {
  @ApiPropertyOptional({ example: '512002', description: 'route an unrouted complaint to this county (admin)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ example: '91512081MA62K0260E', description: 'the filed institution it is about' })
  @IsOptional()
  @IsUscc()
  uscc?: string;
}

export class ComplaintListQuery {
  @ApiPropertyOptional({ example: '512002' })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ example: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class ComplaintStatisticsQuery {
  @ApiPropertyOptional({ example: '512002' })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'received on or after' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'received on or before' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
