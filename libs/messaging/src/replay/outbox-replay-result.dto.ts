import { ApiProperty } from '@nestjs/swagger';

/** What POST /outbox/replay did on this service. */
export class OutboxReplayResultDto {
  @ApiProperty({ example: 'registration', description: 'the service whose outbox this is' })
  service: string;

  @ApiProperty({ example: '2026-12-03T00:00:00.000Z' })
  since: string;

  @ApiProperty({ example: '2026-12-03T02:00:00.000Z' })
  until: string;

  @ApiProperty({
    example: 42,
    description:
      'rows sent in the window made unsent again: the relay publishes each once more under its message id (jobs Redis still holds are left as they are; consumers skip what they handled)',
  })
  republished: number;
}
