import { ApiProperty } from '@nestjs/swagger';

export class DeadlineOverviewRowDto {
  @ApiProperty({ example: 'filing', description: 'the deadline kind (filing, sharing_duty, department_receipt, ...)' })
  kind: string;

  @ApiProperty({ example: '370781', description: "the subject's region code ('' when the deadline has none)" })
  regionCode: string;

  @ApiProperty({ example: 12, description: 'open deadlines' })
  open: number;

  @ApiProperty({ example: 3, description: 'open and due within the next 7 days' })
  dueWithin7Days: number;

  @ApiProperty({ example: 1, description: 'open and already past due (breached)' })
  breached: number;
}

/** The open deadlines this service owns, by kind and region, at the platform's clock. */
export class DeadlineOverviewDto {
  @ApiProperty({ example: '2026-11-02T10:00:00.000Z', description: "the platform's clock the counts are taken at" })
  now: string;

  @ApiProperty({ type: [DeadlineOverviewRowDto] })
  rows: DeadlineOverviewRowDto[];
}
