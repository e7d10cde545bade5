import { ApiProperty } from '@nestjs/swagger';
import type { ComplaintReceipt } from '@tuoyu/evaluation-domain';

/** A complaint received (201) or its repeat recognised (200, the same reference). */
export class ComplaintReceiptDto implements ComplaintReceipt {
  @ApiProperty({ example: 'TS-2026-7K3M9Q', description: 'quote it to follow the complaint' })
  reference: string;

  @ApiProperty({ example: 'received' })
  status: string;

  @ApiProperty({ example: true, description: 'the institution was found among those filed' })
  institutionIdentified: boolean;

  @ApiProperty({ type: String, nullable: true, example: '512002' })
  regionCode: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-16', description: 'reply due' })
  dueOn: string | null;

  @ApiProperty({ example: false })
  duplicate: boolean;
}
