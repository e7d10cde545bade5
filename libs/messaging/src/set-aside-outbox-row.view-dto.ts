import { ApiProperty } from '@nestjs/swagger';

/** GET /outbox/set-aside: one outbox row given up on after OUTBOX_MAX_ATTEMPTS publishes. */
export class SetAsideOutboxRowDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'filing' })
  queue: string;

  @ApiProperty({ example: 'RegistrationApproved' })
  type: string;

  @ApiProperty({ example: 10 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  setAsideAt: string | null;
}
