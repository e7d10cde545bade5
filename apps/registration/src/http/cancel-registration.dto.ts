import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate } from '@tuoyu/kernel';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CancelRegistrationDto {
  @ApiProperty({ example: '2026-11-20', description: 'date of deregistration (注销)' })
  @IsDefined()
  @IsLocalDate()
  cancelledOn: string;

  @ApiProperty({ example: '举办者申请注销' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
