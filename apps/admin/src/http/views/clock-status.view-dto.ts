import { ApiProperty } from '@nestjs/swagger';
import type { ClockStatus } from '@tuoyu/clock';

/** GET/POST /admin/clock. */
export class ClockStatusDto implements ClockStatus {
  @ApiProperty({ example: '2026-12-03T08:00:00.000Z', description: 'the effective time every service uses' })
  now: string;

  @ApiProperty({ example: 0, description: 'milliseconds ahead of real time' })
  offsetMs: number;

  @ApiProperty({ example: false, description: 'ALLOW_CLOCK_OVERRIDE' })
  overrideAllowed: boolean;
}
