import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PortalSessionDto } from './portal-session.view-dto';

/** GET /portal/me: the session, and the services' time (the portal shows dates against it). */
export class PortalMeDto extends PortalSessionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'a link session: the case it opens' })
  caseId?: string;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt: Date;

  @ApiProperty({ example: '2026-12-03T08:00:00.000Z' })
  now: string;
}
