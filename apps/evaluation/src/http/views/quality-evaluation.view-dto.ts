import { ApiProperty } from '@nestjs/swagger';
import type { QualityEvaluationView } from '@tuoyu/evaluation-domain';

class DimensionScoreDto {
  @ApiProperty({ example: 'D1' })
  code: string;

  @ApiProperty({ example: '安全保障' })
  dimension: string;

  @ApiProperty({ example: 90, description: 'percent of the dimension achieved' })
  score: number;

  @ApiProperty({ example: 20 })
  weight: number;

  @ApiProperty({ example: 18 })
  points: number;
}

/** A quality evaluation (质量评估) with its level and dimension scores. */
export class PublishedEvaluationDto implements QualityEvaluationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  subjectId: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: '2026-11-02' })
  evaluatedOn: string;

  @ApiProperty({ example: '2026-11-03' })
  publishedOn: string;

  @ApiProperty({ example: 'A' })
  level: string;

  @ApiProperty({ example: 88 })
  totalScore: number;

  @ApiProperty({ type: [DimensionScoreDto] })
  dimensions: DimensionScoreDto[];

  @ApiProperty({ type: [String], description: 'veto items (一票否决) that capped the level' })
  vetoes: string[];
}
