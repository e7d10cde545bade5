import { ApiProperty } from '@nestjs/swagger';

/** POST /filings/:id/changes/:changeId/submission. */
export class ChangeFilingDto {
  @ApiProperty({ format: 'uuid' })
  changeId: string;

  @ApiProperty({ example: 'filed' })
  status: string;
}
