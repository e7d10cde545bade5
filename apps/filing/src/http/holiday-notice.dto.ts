import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class NamedDayDto {
  @ApiProperty({ example: '2027-10-01' })
  @IsDefined()
  @IsLocalDate()
  date: string;

  @ApiProperty({ example: '国庆节 National Day' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class HolidayNoticeDto {
  @ApiProperty({ type: [NamedDayDto], description: 'every rest day the notice grants (放假)' })
  @IsDefined()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NamedDayDto)
  holidays: NamedDayDto[];

  @ApiProperty({ type: [NamedDayDto], description: '调休 make-up working days (上班)' })
  @IsDefined()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NamedDayDto)
  makeUpWorkdays: NamedDayDto[];

  @ApiPropertyOptional({ example: '国办发明电〔2026〕7号' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;
}
