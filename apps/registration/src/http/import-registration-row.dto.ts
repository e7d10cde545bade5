import { ApiPropertyOptional } from '@nestjs/swagger';
import { EVALUATION_LEVELS, type EvaluationLevel } from '@tuoyu/contracts';
import { IsLocalDate } from '@tuoyu/kernel';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateRegistrationDto } from './create-registration.dto';

/** One imported institution: a POST /registrations body plus what it had already done before Tuoyu. */
export class ImportRegistrationRowDto extends CreateRegistrationDto {
  @ApiPropertyOptional({ example: '2025-03-10', description: 'shared with the county health department on' })
  @IsOptional()
  @IsLocalDate()
  sharedOn?: string;

  @ApiPropertyOptional({ example: '2025-03-20', description: 'filing accepted (备案回执) on; needs receiptNumber' })
  @IsOptional()
  @IsLocalDate()
  filedOn?: string;

  @ApiPropertyOptional({ example: '雁卫托备〔2025〕12号', description: 'the receipt number (备案回执编号)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  receiptNumber?: string;

  @ApiPropertyOptional({ enum: EVALUATION_LEVELS, description: 'latest quality evaluation level (WS/T 821—2023)' })
  @IsOptional()
  @IsIn(EVALUATION_LEVELS)
  evaluationLevel?: EvaluationLevel;

  @ApiPropertyOptional({ example: '2025-10-15', description: 'the day of that evaluation' })
  @IsOptional()
  @IsLocalDate()
  evaluatedOn?: string;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'latest supervision inspection (监督检查)' })
  @IsOptional()
  @IsLocalDate()
  lastInspectionOn?: string;
}
