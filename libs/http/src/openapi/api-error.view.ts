import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One offending field (docs/api.md error shape). */
export class FieldProblemView {
  @ApiProperty({ example: 'uscc' })
  field!: string;

  @ApiProperty({ example: 'checksum', description: 'machine-readable reason: required, format, checksum, range…' })
  code!: string;

  @ApiProperty({ example: 'uscc fails its check digit (GB 32100-2015)' })
  message!: string;
}

/** Every error the services answer with (docs/api.md): the status, its phrase, a sentence and each bad field. */
export class ApiErrorView {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'The request has invalid fields' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldProblemView], description: 'every offending field (400)' })
  errors?: FieldProblemView[];

  @ApiPropertyOptional({ description: 'on a 500: quote it to the operator, who finds it in the logs' })
  errorId?: string;
}
