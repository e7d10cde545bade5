import { ApiProperty } from '@nestjs/swagger';
import { EvaluationSubjectSummaryDto } from './evaluation-subject-summary.view-dto';
import { ItemResultDto } from './item-result.view-dto';
import { PublishedEvaluationDto } from './quality-evaluation.view-dto';

class InspectionDtoView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['routine', 're_inspection'] })
  kind: string;

  @ApiProperty({ example: '2026-11-02' })
  inspectedOn: string;

  @ApiProperty({ example: true })
  passed: boolean;

  @ApiProperty({ type: [ItemResultDto] })
  results: ItemResultDto[];
}

class RectificationOrderView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  inspectionId: string;

  @ApiProperty({ example: 'open' })
  status: string;

  @ApiProperty({ example: false })
  overdue: boolean;

  @ApiProperty({ example: '2026-11-30' })
  orderedDueOn: string;

  @ApiProperty({ example: '2026-11-30' })
  dueOn: string;

  @ApiProperty({ type: String, nullable: true })
  closedOn: string | null;

  @ApiProperty({ type: [ItemResultDto] })
  items: ItemResultDto[];
}

/** GET /evaluation-subjects/:id: the subject with its inspections, rectification orders and evaluations. */
export class EvaluationSubjectDto extends EvaluationSubjectSummaryDto {
  @ApiProperty({ type: [InspectionDtoView] })
  inspections: InspectionDtoView[];

  @ApiProperty({ type: [RectificationOrderView] })
  rectificationOrders: RectificationOrderView[];

  @ApiProperty({ type: [PublishedEvaluationDto] })
  evaluations: PublishedEvaluationDto[];
}
