import { ApiProperty } from '@nestjs/swagger';
import type { DeadLetterView } from '@tuoyu/filing-domain';

/** GET /webhooks/dead-letters (each item). */
export class DeadLetterDto implements DeadLetterView {
  @ApiProperty({ format: 'uuid' })
  handoffId: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ format: 'uuid' })
  filingCaseId: string;

  @ApiProperty({ example: 8 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, example: 'HTTP 503' })
  lastError: string | null;
}
