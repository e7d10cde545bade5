import { ApiProperty } from '@nestjs/swagger';

/** GET /complaints/statistics (each row: a region and a category). */
export class ComplaintStatisticsRowDto {
  @ApiProperty({ type: String, nullable: true, example: '512002', description: 'null: not yet routed' })
  regionCode: string | null;

  @ApiProperty({ example: 'safety' })
  category: string;

  @ApiProperty({ example: 12 })
  received: number;

  @ApiProperty({ example: 3 })
  open: number;

  @ApiProperty({ example: 9 })
  replied: number;

  @ApiProperty({ example: 1 })
  overdue: number;

  @ApiProperty({ example: 0 })
  unrouted: number;
}
