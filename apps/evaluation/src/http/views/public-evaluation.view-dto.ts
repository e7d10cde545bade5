import { ApiProperty } from '@nestjs/swagger';
import type { PublicEvaluation } from '@tuoyu/evaluation-domain';

/** GET /public/evaluations (each item): the latest published evaluation of an institution. */
export class PublicEvaluationDto implements PublicEvaluation {
  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: 'A' })
  level: string;

  @ApiProperty({ example: 88 })
  totalScore: number;

  @ApiProperty({ example: '2026-11-02' })
  evaluatedOn: string;

  @ApiProperty({ example: '2026-11-03' })
  publishedOn: string;
}
