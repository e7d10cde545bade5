import { ApiProperty } from '@nestjs/swagger';
import type { CalendarSource, CalendarSourceKind } from '@tuoyu/deadlines';

/** GET /deadlines/calendar (each year). */
export class CalendarSourceDto implements CalendarSource {
  @ApiProperty({ example: 2027 })
  year: number;

  @ApiProperty({ enum: ['official_notice', 'loaded_notice', 'statutory_fallback'] })
  kind: CalendarSourceKind;

  @ApiProperty({ example: false, description: 'true until the year’s State Council notice is loaded' })
  provisional: boolean;

  @ApiProperty({ example: '国务院办公厅关于2027年部分节假日安排的通知' })
  description: string;
}
