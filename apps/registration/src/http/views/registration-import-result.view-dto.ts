import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldProblemView } from '@tuoyu/http';

class ImportRowResultDto {
  @ApiProperty({ example: 1 })
  row: number;

  @ApiProperty({ enum: ['created', 'skipped', 'invalid'] })
  status: 'created' | 'skipped' | 'invalid';

  @ApiPropertyOptional({ format: 'uuid', description: 'created: the new registration' })
  id?: string;

  @ApiPropertyOptional({ example: '91512081MA62K0260E', description: 'created or skipped' })
  uscc?: string;

  @ApiPropertyOptional({ example: 'already registered', description: 'skipped: why' })
  reason?: string;

  @ApiPropertyOptional({ type: [FieldProblemView], description: 'invalid: every bad field' })
  errors?: FieldProblemView[];
}

/** POST /registrations/import: every row's result. */
export class RegistrationImportResultDto {
  @ApiProperty({ example: 480 })
  created: number;

  @ApiProperty({ example: 15 })
  skipped: number;

  @ApiProperty({ example: 5 })
  invalid: number;

  @ApiProperty({ type: [ImportRowResultDto] })
  results: ImportRowResultDto[];
}
