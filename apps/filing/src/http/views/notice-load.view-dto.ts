import { ApiProperty } from '@nestjs/swagger';
import type { NoticeLoadResult } from '@tuoyu/deadlines';
import { CalendarSourceDto } from './calendar-source.view-dto';

class MovedDeadlineDto {
  @ApiProperty({ example: 'filing' })
  kind: string;

  @ApiProperty({ example: 'filing_case' })
  subjectType: string;

  @ApiProperty({ format: 'uuid' })
  subjectId: string;

  @ApiProperty({ example: '2027-10-08' })
  previousDueOn: string;

  @ApiProperty({ example: '2027-10-09' })
  dueOn: string;
}

/** PUT /deadlines/calendar/:year: the notice loaded and every open deadline whose date moved. */
export class NoticeLoadDto implements NoticeLoadResult {
  @ApiProperty({ example: 2027 })
  year: number;

  @ApiProperty({ type: CalendarSourceDto })
  source: CalendarSourceDto;

  @ApiProperty({ type: [MovedDeadlineDto] })
  moved: MovedDeadlineDto[];
}
