import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AuthorityEntryDto {
  @ApiProperty({ example: '资阳市雁江区行政审批局' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'dengji@yanjiang.gov.cn', description: 'where sharing-duty reminders are sent' })
  @IsDefined()
  @IsEmail()
  email: string;
}
