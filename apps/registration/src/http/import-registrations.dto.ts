import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsOptional, Min } from 'class-validator';

export class ImportRegistrationsDto {
  @ApiProperty({
    description: 'up to 500 POST /registrations bodies; each is validated and reported on its own',
    type: 'array',
    items: { type: 'object' },
  })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(500)
  rows: unknown[];

  @ApiPropertyOptional({
    type: [Number],
    description: 'the file row number of each row, for the report (default 1, 2, 3, …)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  @Min(1, { each: true })
  rowNumbers?: number[];
}
