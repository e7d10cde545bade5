import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'filing.review', description: 'only this action' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,60}$/, { message: 'action must be an action name such as filing.review' })
  action?: string;

  @ApiPropertyOptional({
    example: 'department:430202',
    description: 'only this subject; a kind followed by a colon (department:) lists every subject of that kind',
  })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}:[^\s]{0,150}$/, { message: 'subject must be kind:id or kind:' })
  subject?: string;

  @ApiPropertyOptional({ example: 1, minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-12-03T10:14:00+08:00' })
  at: string;

  @ApiProperty({ example: 'filing.review' })
  action: string;

  @ApiProperty({ example: 'filing_case:6f1c1a56-4a5e-4d8b-9a52-3f0c8f1c2d3e' })
  subject: string;

  @ApiProperty({ example: 'department', description: 'the caller role; system for workers and timers' })
  actorRole: string;

  @ApiProperty({ type: String, nullable: true, example: 'api-key:…' })
  actorSubject: string | null;

  @ApiProperty({ type: String, nullable: true, example: '430202' })
  actorRegion: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'X-Request-Id of the request that made the change' })
  requestId: string | null;

  @ApiProperty({ type: Object, nullable: true, example: { decision: 'accepted' } })
  details: Record<string, unknown> | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] })
  items: AuditEntryDto[];

  @ApiProperty({ example: 1 })
  page: number;

  @ApiProperty({ example: 50 })
  pageSize: number;

  @ApiProperty({ example: 123, description: 'entries matching the filter in all' })
  total: number;
}
