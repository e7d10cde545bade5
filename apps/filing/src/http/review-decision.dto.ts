import { ApiProperty } from '@nestjs/swagger';
import { HasNoResidentId } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDefined,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class CorrectionItemDto {
  @ApiProperty({ example: 'fire_safety_certificate (消防安全检查合格证明)' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoResidentId()
  item: string;

  @ApiProperty({ example: '证明已过期，请提供有效期内的证明' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @HasNoResidentId()
  reason: string;
}

/** 一次性告知: the whole list at once. */
export class CorrectionRequestDto {
  @ApiProperty({ type: [CorrectionItemDto] })
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CorrectionItemDto)
  items: CorrectionItemDto[];
}

export class NonComplianceDto {
  @ApiProperty({ example: ['场地设在地下室，不符合托育机构设置标准'] })
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  @HasNoResidentId({ each: true })
  reasons: string[];
}
