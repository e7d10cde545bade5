import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsLocalDate } from '@tuoyu/kernel';
import { ArrayMaxSize, IsArray, IsDefined, IsObject, IsOptional, IsString } from 'class-validator';

export class QualityEvaluationDto {
  @ApiProperty({ example: '2027-03-10' })
  @IsDefined()
  @IsLocalDate()
  evaluatedOn: string;

  @ApiProperty({
    description: 'percent (0–100) per WS/T 821—2023 dimension; every dimension is required',
    example: {
      conditions: 85,
      staff: 80,
      care: 75,
      health: 80,
      parenting_support: 75,
      safety: 80,
      management: 80,
    },
  })
  @IsDefined()
  @IsObject()
  scores: Record<string, unknown>;

  @ApiPropertyOptional({ example: [], description: 'veto items found (一票否决), e.g. child_abuse' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  vetoes?: string[];
}
