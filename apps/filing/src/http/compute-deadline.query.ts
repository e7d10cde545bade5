import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, Max, Min } from 'class-validator';

export class ComputeDeadlineQuery {
  @ApiProperty({ example: '2026-09-16', description: 'local start date (not counted)' })
  @IsDefined()
  @IsLocalDate()
  start: string;

  @ApiProperty({ example: 15, minimum: 1, maximum: 3660 })
  @IsDefined()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3660)
  days: number;

  @ApiProperty({
    enum: ['calendar', 'working', 'month'],
    default: 'calendar',
    description: 'month: `days` counts months (§202)',
  })
  @IsIn(['calendar', 'working', 'month'])
  unit: 'calendar' | 'working' | 'month' = 'calendar';
}
