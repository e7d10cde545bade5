import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsPhoneNumberText } from '@tuoyu/contracts';
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

/** name and email are always given; an optional field left out keeps its value, null clears it. */
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

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '0832-6221234',
    description: 'the number institutions may call, named in their notices; left out: kept; null: cleared',
  })
  @IsOptional()
  @IsString()
  @IsPhoneNumberText('phone')
  phone?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'https://health.example.gov.cn/tuoyu/webhook',
    description: 'left out: kept; null: cleared',
  })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  webhookUrl?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description:
      'Standard Webhooks signing secret: whsec_ followed by base64 of 24-64 random bytes (write-only; left out: kept; null: cleared)',
  })
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, {
    message: 'webhookSecret must be whsec_ followed by base64 of 24-64 random bytes (Standard Webhooks)',
  })
  webhookSecret?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 840000,
    description: 'residents of the county, for places per 1,000 residents; left out: kept; null: cleared',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  population?: number | null;
}
