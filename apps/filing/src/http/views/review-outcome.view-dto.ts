import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ReviewOutcome } from '@tuoyu/filing-domain';

/** The department's decision: receipt, correction request or non-compliance (the fields of that decision). */
export class ReviewOutcomeDto implements ReviewOutcome {
  @ApiProperty({ format: 'uuid' })
  filingCaseId: string;

  @ApiProperty({ enum: ['filed', 'correction_requested', 'rejected'] })
  status: string;

  @ApiPropertyOptional({ example: '雁卫托备〔2026〕12号', description: 'accept' })
  receiptNumber?: string;

  @ApiPropertyOptional({ example: '2026-10-12', description: 'accept' })
  filedOn?: string;

  @ApiPropertyOptional({ example: '2026-11-11', description: 'request_correction: the 补正 deadline' })
  correctionDueOn?: string;

  @ApiPropertyOptional({ example: '2026-10-12', description: 'reject' })
  decidedOn?: string;
}
