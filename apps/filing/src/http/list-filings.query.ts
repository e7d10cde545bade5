import { ApiPropertyOptional } from '@nestjs/swagger';
import { FILING_STATUSES, type FilingStatus } from '@tuoyu/filing-domain';
import { IsRegionCode, IsUscc } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListFilingsQuery {
  @ApiPropertyOptional({ example: '91512081MA62K0260E' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @ApiPropertyOptional({ enum: FILING_STATUSES })
  @IsOptional()
  @IsIn(FILING_STATUSES)
  status?: FilingStatus;

  @ApiPropertyOptional({ example: '512002', description: 'region code; a department may narrow within its own region' })
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
