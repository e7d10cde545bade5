import { ApiProperty } from '@nestjs/swagger';
import type { PublicNonComplianceNotice } from '@tuoyu/filing-domain';

/** GET /public/non-compliance (each item). */
export class PublicNonComplianceDto implements PublicNonComplianceNotice {
  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ type: [String], example: ['租期不少于3年'] })
  reasons: string[];

  @ApiProperty({ example: '2026-10-12' })
  decidedOn: string;
}
