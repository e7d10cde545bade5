import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HasNoResidentId } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CorrectionItemDto } from './review-decision.dto';

export const REVIEW_DECISIONS = ['accept', 'request_correction', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** api.md's one review call: the decision maps onto receipt, correction request or non-compliance. */
export class ReviewDto {
  @ApiProperty({ enum: REVIEW_DECISIONS, example: 'request_correction' })
  @IsDefined()
  @IsIn(REVIEW_DECISIONS)
  decision: ReviewDecision;

  @ApiPropertyOptional({
    example: '消防安全检查合格证明已过期，请提供有效期内的证明',
    description:
      'required to request a correction or reject, unless items or reasons are given: it becomes the single item or reason',
  })
  @ValidateIf((o: ReviewDto) => o.decision !== 'accept' && !o.items && !o.reasons)
  @IsDefined({ message: 'comment is required to request a correction or reject (or give items / reasons)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @HasNoResidentId()
  comment?: string;

  @ApiPropertyOptional({ type: [CorrectionItemDto], description: 'request_correction: the whole list (一次性告知)' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CorrectionItemDto)
  items?: CorrectionItemDto[];

  @ApiPropertyOptional({ example: ['场地设在地下室，不符合托育机构设置标准'], description: 'reject: the reasons' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  @HasNoResidentId({ each: true })
  reasons?: string[];
}
