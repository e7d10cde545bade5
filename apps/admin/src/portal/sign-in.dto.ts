import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUscc, ROLES, type Role } from '@tuoyu/identity';
import { IsDefined, IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';

const AUTHORITY_KINDS = ['establishment', 'civil_affairs', 'market_regulation', 'approval_bureau'] as const;

export class SignInRequestDto {
  @ApiProperty({ enum: ROLES })
  @IsDefined()
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ example: '512002', description: 'department and authority: the county code' })
  @ValidateIf((dto: SignInRequestDto) => dto.role === 'department' || dto.role === 'authority')
  @Matches(/^\d{6}$/, { message: 'region must be a 6-digit region code' })
  region?: string;

  @ApiPropertyOptional({ description: 'institution: its unified social credit code' })
  @ValidateIf((dto: SignInRequestDto) => dto.role === 'institution')
  @IsUscc()
  uscc?: string;

  @ApiPropertyOptional({ enum: AUTHORITY_KINDS })
  @ValidateIf((dto: SignInRequestDto) => dto.role === 'authority')
  @IsIn(AUTHORITY_KINDS)
  authorityKind?: (typeof AUTHORITY_KINDS)[number];
}

export class SignInCodeDto {
  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(36, 36)
  challengeId: string;

  @ApiProperty({ example: '482913' })
  @IsDefined()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits from the email' })
  code: string;
}

export class RevokeLinksDto {
  @ApiProperty()
  @IsDefined()
  @Matches(/^[0-9a-f-]{36}$/, { message: 'caseId must be a filing case id' })
  caseId: string;
}
