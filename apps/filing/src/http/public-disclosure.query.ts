import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsRegionCode } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class RegionQuery {
  @ApiPropertyOptional({ example: '370781', description: 'a county, prefecture (XXXX00) or province (XX0000) code' })
  @IsOptional()
  @IsRegionCode()
  region?: string;
}

export class PublicDisclosureQuery extends RegionQuery {
  @ApiPropertyOptional({ example: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
