import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsRegionCode, IsUscc } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** ?region=&uscc=&limit= on evaluation lists; a department may narrow within its own region. */
export class EvaluationListQuery {
  @ApiPropertyOptional({ example: '512002', description: 'a county, prefecture (XXXX00) or province (XX0000) code' })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ example: '91512081MA62K0260E' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @ApiPropertyOptional({ example: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
