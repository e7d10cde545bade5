import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ItemResultDto } from './item-result.view-dto';

class RectificationOrderDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'open' })
  status: string;

  @ApiProperty({ example: '2026-11-30' })
  orderedDueOn: string;

  @ApiProperty({ example: '2026-11-30' })
  dueOn: string;

  @ApiProperty({ type: [ItemResultDto] })
  items: ItemResultDto[];
}

/** An inspection recorded (routine, re-inspection, after a complaint or an incident). */
export class InspectionOutcomeDto {
  @ApiProperty({ format: 'uuid' })
  inspectionId: string;

  @ApiProperty({ format: 'uuid' })
  subjectId: string;

  @ApiProperty({ enum: ['routine', 're_inspection'] })
  kind: 'routine' | 're_inspection';

  @ApiProperty({ example: '2026-11-02' })
  inspectedOn: string;

  @ApiProperty({ example: false })
  passed: boolean;

  @ApiProperty({ type: [ItemResultDto] })
  results: ItemResultDto[];

  @ApiPropertyOptional({ type: RectificationOrderDto, description: 'when an item failed: 责令整改' })
  rectificationOrder?: RectificationOrderDto;

  @ApiPropertyOptional({ example: '2027-11-02' })
  nextInspectionDueOn?: string;
}
