import { ApiProperty } from '@nestjs/swagger';
import type { ComputedDeadline } from '@tuoyu/deadlines';
import { CalendarSourceDto } from './calendar-source.view-dto';

class MovedOverDto {
  @ApiProperty({ example: '2026-10-01' })
  date: string;

  @ApiProperty({ example: '国庆节' })
  reason: string;
}

/** GET /deadlines/compute (explained in English; the coded steps are for notices). */
export class ComputedDeadlineDto implements Omit<ComputedDeadline, 'steps'> {
  @ApiProperty({ example: '2026-10-20' })
  dueOn: string;

  @ApiProperty({ example: '2026-10-20T23:59:59.999+08:00', description: '24:00 Asia/Shanghai on dueOn' })
  dueAt: string;

  @ApiProperty({ example: '2026-10-20', description: 'the last day before any rest-day extension' })
  rawLastDay: string;

  @ApiProperty({ example: false })
  extended: boolean;

  @ApiProperty({ type: [MovedOverDto] })
  movedOver: MovedOverDto[];

  @ApiProperty({ example: false, description: 'a year without its holiday notice was used' })
  provisional: boolean;

  @ApiProperty({ type: [CalendarSourceDto] })
  calendars: CalendarSourceDto[];

  @ApiProperty({ type: [String] })
  explanation: string[];
}
