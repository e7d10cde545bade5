import { ApiProperty } from '@nestjs/swagger';
import type { SubmissionView } from '@tuoyu/filing-domain';

class RosterEntryDto {
  @ApiProperty({ example: '李四' })
  name: string;

  @ApiProperty({ example: 'carer' })
  role: string;

  @ApiProperty({ example: '5131**********0019', description: 'masked' })
  idNumber: string;
}

/** POST /filings/:id/submission: the submission and the department's clocks it started. */
export class SubmissionDto implements SubmissionView {
  @ApiProperty({ format: 'uuid' })
  submissionId: string;

  @ApiProperty({ format: 'uuid' })
  filingCaseId: string;

  @ApiProperty({ example: 1, description: '2 and up after a correction (补正)' })
  sequence: number;

  @ApiProperty({ example: 'submitted' })
  status: string;

  @ApiProperty({ example: '2026-10-08' })
  submittedOn: string;

  @ApiProperty({ example: '2026-10-15', description: 'receipt (回执) due in 5 working days' })
  receiptDueOn: string;

  @ApiProperty({ example: '2026-10-29', description: 'a non-compliance notice due in 15 working days' })
  decisionDueOn: string;

  @ApiProperty({ type: [RosterEntryDto] })
  staff: RosterEntryDto[];
}
