import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** A window of sent outbox rows to publish again, by when they were sent. */
export class OutboxReplayDto {
  @ApiProperty({ example: '2026-12-03T08:00:00+08:00', description: 'rows sent at or after this instant' })
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 instant with offset' })
  since: string;

  @ApiPropertyOptional({
    example: '2026-12-03T10:00:00+08:00',
    description: 'rows sent before this instant (default: now)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 instant with offset' })
  until?: string;
}
