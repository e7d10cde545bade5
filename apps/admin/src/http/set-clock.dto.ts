import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsOptional, ValidateIf } from 'class-validator';

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
  offsetMs?: number;
}
