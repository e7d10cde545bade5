import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDefined,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

export class DepartmentEntryDto {
  @ApiProperty({ example: '资阳市雁江区卫生健康局' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'tuoyu@yanjiang.gov.cn', description: 'where handoffs, digests and escalations are sent' })
  @IsDefined()
  @IsEmail()
  email: string;

  @ApiPropertyOptional({ example: 'https://health.example.gov.cn/tuoyu/webhook' })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  webhookUrl?: string;

  @ApiPropertyOptional({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Standard Webhooks signing secret: whsec_ followed by base64 of 24-64 random bytes (write-only)',
  })
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, {
    message: 'webhookSecret must be whsec_ followed by base64 of 24-64 random bytes (Standard Webhooks)',
  })
  webhookSecret?: string;

  @ApiPropertyOptional({ example: 840000, description: 'residents of the county, for places per 1,000 residents' })
  @IsOptional()
  @IsInt()
  @Min(1)
  population?: number;
}
