import { ApiProperty } from '@nestjs/swagger';
import type { PublicFiling } from '@tuoyu/filing-domain';

/** GET /public/filings (each item): no personal data. */
export class PublicFilingDto implements PublicFiling {
  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: '资阳市雁江区某街道1号' })
  address: string;

  @ApiProperty({ type: [String], example: ['full_day'] })
  serviceTypes: string[];

  @ApiProperty({ example: 60 })
  places: number;

  @ApiProperty({ example: true })
  inclusive: boolean;

  @ApiProperty({ example: '2026-10-12' })
  filedOn: string;

  @ApiProperty({ example: '雁卫托备〔2026〕12号' })
  receiptNumber: string;

  @ApiProperty({ type: String, nullable: true, example: 'A' })
  evaluationLevel: string | null;
}
