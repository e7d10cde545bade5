import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BAN_SUBJECTS, type BanSubject } from '@tuoyu/contracts';
import { IsResidentId, IsUscc, HasNoResidentId } from '@tuoyu/identity';
import { IsDefined, IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';

export class BanDto {
  @ApiProperty({ enum: BAN_SUBJECTS, description: 'person: 终身禁入; institution: 失信 credit sanction' })
  @IsDefined()
  @IsIn(BAN_SUBJECTS)
  subject: BanSubject;

  @ApiPropertyOptional({ example: '11010519491231002X', description: 'for a person; stored only as a keyed hash' })
  @ValidateIf((ban: BanDto) => ban.subject === 'person')
  @IsDefined()
  @IsResidentId()
  idNumber?: string;

  @ApiPropertyOptional({ example: '91512081MA62K0260E', description: 'for an institution' })
  @ValidateIf((ban: BanDto) => ban.subject === 'institution')
  @IsDefined()
  @IsUscc()
  uscc?: string;

  @ApiProperty({ example: '虐待婴幼儿，经公安机关查实' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @HasNoResidentId()
  reason: string;
}
