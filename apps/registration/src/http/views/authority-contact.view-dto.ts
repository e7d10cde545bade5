import { ApiProperty } from '@nestjs/swagger';
import { AUTHORITY_KINDS, type AuthorityContactView, type AuthorityKind } from '@tuoyu/registration-domain';

/** PUT/GET /authorities/:regionCode/:authorityKind. */
export class AuthorityContactDto implements AuthorityContactView {
  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ enum: AUTHORITY_KINDS })
  authorityKind: AuthorityKind;

  @ApiProperty({ example: '资阳市雁江区行政审批局' })
  name: string;

  @ApiProperty({ example: 'dengji@yanjiang.gov.cn' })
  email: string;

  @ApiProperty({ example: '2026-09-20T10:00:00+08:00' })
  updatedAt: string;
}
