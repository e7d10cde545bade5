import { ApiProperty } from '@nestjs/swagger';

/** An incident (安全事故) with its report deadline and follow-up. */
export class IncidentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  subjectId: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  institutionName: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: 'injury' })
  kind: string;

  @ApiProperty({ example: '意外伤害' })
  kindLabel: string;

  @ApiProperty({ example: 'minor' })
  severity: string;

  @ApiProperty({ example: '一般' })
  severityLabel: string;

  @ApiProperty({ example: '2026-11-02T10:30:00+08:00' })
  occurredAt: string;

  @ApiProperty({ example: 1 })
  childrenAffected: number;

  @ApiProperty({ type: String, nullable: true })
  actionsTaken: string | null;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ example: 'institution_report' })
  source: string;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-02T11:00:00+08:00' })
  reportedAt: string | null;

  @ApiProperty({ example: '2026-11-02T12:30:00+08:00' })
  reportDueAt: string;

  @ApiProperty({ example: false })
  reportedLate: boolean;

  @ApiProperty({ example: false })
  notReported: boolean;

  @ApiProperty({ type: String, nullable: true })
  learnedAt: string | null;

  @ApiProperty({ example: 'open' })
  status: string;

  @ApiProperty({ example: '2026-11-09' })
  followUpDueOn: string;

  @ApiProperty({ type: String, nullable: true })
  conclusion: string | null;

  @ApiProperty({ type: String, nullable: true })
  concludedOn: string | null;

  @ApiProperty({ type: [String] })
  banIds: string[];

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  inspectionId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  rectificationOrderId: string | null;
}
