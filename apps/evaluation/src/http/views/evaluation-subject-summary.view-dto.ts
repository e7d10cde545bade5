import { ApiProperty } from '@nestjs/swagger';
import { SubjectDeadlineDto } from './subject-deadline.view-dto';

/** GET /evaluation-subjects (each item): a filed institution under evaluation and its deadlines. */
export class EvaluationSubjectSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  filingCaseId: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: '2026-10-12' })
  filedOn: string;

  @ApiProperty({ type: [SubjectDeadlineDto] })
  deadlines: SubjectDeadlineDto[];
}
