import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { MAX_CLOCK_OFFSET_MS as MAX_OFFSET_MS } from '@tuoyu/clock';

export class SetClockDto {
  @ApiPropertyOptional({
    example: '2026-10-09T09:00:00+08:00',
    description: 'the instant every service should see as now',
  })
  @ValidateIf((dto: SetClockDto) => dto.offsetMs === undefined)
  @IsISO8601({ strict: true }, { message: 'now must be an ISO 8601 instant with offset (or give offsetMs)' })
  now?: string;

  @ApiPropertyOptional({ example: 1209600000, description: 'offset from real time in milliseconds (0 resets)' })
  @IsOptional()
  @IsInt()
  @Min(-MAX_OFFSET_MS, { message: `offsetMs must be at least -${MAX_OFFSET_MS} (ten years)` })
  @Max(MAX_OFFSET_MS, { message: `offsetMs must be at most ${MAX_OFFSET_MS} (ten years)` })
  offsetMs?: number;
}
