import { ApiProperty } from '@nestjs/swagger';
import type { SubjectDeadlineView } from '@tuoyu/evaluation-domain';

export class SubjectDeadlineDto implements SubjectDeadlineView {
  @ApiProperty({ example: 'first_evaluation' })
  kind: string;

  @ApiProperty({ example: '2027-10-12' })
  dueOn: string;

  @ApiProperty({ example: 'pending' })
  status: string;
}
