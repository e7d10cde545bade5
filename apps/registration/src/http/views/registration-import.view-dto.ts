import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldProblemView } from '@tuoyu/http';
import { IMPORT_STATUSES, type ImportStatus } from '@tuoyu/registration-domain';

export class ImportRowErrorDto {
  @ApiProperty({ example: 7, description: 'the row in the file (1 = first data row)' })
  row: number;

  @ApiProperty({ type: [FieldProblemView] })
  errors: FieldProblemView[];
}

/** POST /registrations/imports and GET /registrations/imports/:id: a job's progress. */
export class RegistrationImportJobDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IMPORT_STATUSES })
  status: ImportStatus;

  @ApiProperty({ example: 1200 })
  total: number;

  @ApiProperty({ example: 600 })
  processed: number;

  @ApiProperty({ example: 580 })
  created: number;

  @ApiProperty({ example: 15, description: 'USCC already registered' })
  skipped: number;

  @ApiProperty({ example: 5 })
  invalid: number;

  @ApiProperty({ type: [ImportRowErrorDto], description: 'the first 1,000 invalid rows' })
  errors: ImportRowErrorDto[];

  @ApiPropertyOptional({ description: 'why a failed job stopped' })
  failure?: string;

  @ApiProperty({ type: String, format: 'date-time' })
  startedAt: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  finishedAt?: Date;
}
