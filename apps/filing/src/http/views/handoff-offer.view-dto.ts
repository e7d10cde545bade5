import { ApiProperty } from '@nestjs/swagger';
import type { HandoffOffer } from '@tuoyu/filing-domain';

class HandoffFilingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: '资阳市雁江区某街道1号' })
  address: string;

  @ApiProperty({ type: [String], example: ['full_day'] })
  serviceTypes: string[];

  @ApiProperty({ example: 60 })
  capacity: number;

  @ApiProperty({ example: true })
  inclusive: boolean;

  @ApiProperty({ example: '2026-09-20' })
  registrationApprovedOn: string;

  @ApiProperty({ example: '2026-10-20' })
  dueOn: string;

  @ApiProperty({ example: 'awaiting_submission' })
  status: string;
}

/** POST /inbox/handoffs/lease (each item). */
export class HandoffOfferDto implements HandoffOffer {
  @ApiProperty({ format: 'uuid' })
  handoffId: string;

  @ApiProperty({ example: '2026-09-21T10:05:00+08:00' })
  leasedUntil: string;

  @ApiProperty({ example: 1, description: 'more than 1 after expired leases' })
  deliveries: number;

  @ApiProperty({ example: '2026-09-21T10:00:00+08:00' })
  sharedAt: string;

  @ApiProperty({ type: HandoffFilingDto })
  filing: HandoffFilingDto;
}
