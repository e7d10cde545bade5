import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';

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

  @ApiPropertyOptional({ description: 'shared secret for Standard Webhooks signatures (write-only)' })
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(200)
  webhookSecret?: string;
}
