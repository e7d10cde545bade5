import { ApiProperty } from '@nestjs/swagger';
import { FieldProblemView } from '@tuoyu/http';

class SharingSummaryDto {
  @ApiProperty({ example: '2026-10-20', description: '30-day sharing deadline' })
  dueOn: string;

  @ApiProperty({ enum: ['pending', 'delivered', 'overdue'] })
  status: string;
}

/** POST /registrations: the new registration and its sharing duty; warnings do not block. */
export class RegistrationCreatedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: 'active' })
  status: string;

  @ApiProperty({ type: SharingSummaryDto })
  sharing: SharingSummaryDto;

  @ApiProperty({ type: [FieldProblemView], description: 'e.g. no department configured for the region yet' })
  warnings: FieldProblemView[];
}
