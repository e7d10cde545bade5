import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@tuoyu/identity';

/** POST /portal/sign-in: who the new session is for. */
export class PortalSessionDto {
  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiPropertyOptional({ example: '512002' })
  region?: string;

  @ApiPropertyOptional({ example: '91512081MA62K0260E' })
  uscc?: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: false, description: 'a session opened from an emailed link can only read' })
  readOnly: boolean;
}
