import { ApiProperty } from '@nestjs/swagger';
import type { FilingFigures } from '@tuoyu/filing-domain';

class PlacesDto {
  @ApiProperty({ example: 420 })
  filed: number;

  @ApiProperty({ example: 610, description: 'every institution not closed' })
  registered: number;
}

class InclusiveDto {
  @ApiProperty({ example: 300 })
  filed: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.71 })
  share: number | null;
}

class OverdueDto {
  @ApiProperty({ example: 2 })
  filings: number;

  @ApiProperty({ example: 1 })
  corrections: number;
}

/** GET /statistics. */
export class FilingFiguresDto implements FilingFigures {
  @ApiProperty({ type: String, nullable: true, example: '512002' })
  region: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { awaiting_submission: 3, filed: 12 },
    description: 'by filing status',
  })
  institutionsByStatus: FilingFigures['institutionsByStatus'];

  @ApiProperty({ type: PlacesDto })
  places: PlacesDto;

  @ApiProperty({ type: InclusiveDto })
  inclusive: InclusiveDto;

  @ApiProperty({ type: OverdueDto })
  overdue: OverdueDto;

  @ApiProperty({ type: Number, nullable: true, example: 1_020_000 })
  population: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 4.5 })
  placesPer1000Residents: number | null;
}
