import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SHARING_DUTY_STATUSES, type SharingDutyStatus } from '@tuoyu/registration-domain';
import { IsRegionCode } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListRegistrationsQuery {
  @ApiPropertyOptional({ example: '512002', description: 'region code; an authority may narrow within its own region' })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ example: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class SharingStateDto {
  @ApiProperty({ example: '2026-12-02', description: 'the 30-day sharing duty is due at the end of this day' })
  dueOn: string;

  @ApiProperty({ example: '2026-12-02T23:59:59.999+08:00' })
  dueAt: string;

  @ApiProperty({ enum: SHARING_DUTY_STATUSES })
  status: SharingDutyStatus;

  @ApiProperty({ nullable: true, type: String, example: '2026-11-02T10:00:01.000+08:00' })
  deliveredAt: string | null;
}

/** One registration as the authority's list shows it. */
export class RegistrationListItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: 'market_regulation' })
  authorityKind: string;

  @ApiProperty({ example: '2026-11-02' })
  approvedOn: string;

  @ApiProperty({ example: 'active' })
  status: string;

  @ApiProperty({ type: SharingStateDto })
  sharing: SharingStateDto;
}
