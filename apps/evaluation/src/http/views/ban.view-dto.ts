import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BanView } from '@tuoyu/evaluation-domain';

/** POST /bans and GET /bans (each item): an employment or operating ban (从业禁止). */
export class BanDtoView implements BanView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['person', 'institution'] })
  subject: BanView['subject'];

  @ApiPropertyOptional({ example: '1101**********002X', description: 'a person, masked' })
  personIdMasked?: string;

  @ApiPropertyOptional({ example: '91512081MA62K0260E', description: 'an institution' })
  uscc?: string;

  @ApiProperty({ example: '虐待婴幼儿' })
  reason: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: '2026-11-02' })
  recordedOn: string;
}
