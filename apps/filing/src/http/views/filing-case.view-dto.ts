import { ApiProperty } from '@nestjs/swagger';
import type { FilingCaseView } from '@tuoyu/filing-domain';

const FILING_STATUSES = [
  'awaiting_submission',
  'submitted',
  'correction_requested',
  'filed',
  'rejected',
  'overdue',
  'closed',
];

class ReminderDto {
  @ApiProperty({ example: 'due_soon' })
  kind: string;

  @ApiProperty({ example: '2026-10-13T09:00:00+08:00' })
  fireAt: string;

  @ApiProperty({ example: 'scheduled' })
  status: string;
}

class DepartmentContactDto {
  @ApiProperty({ example: '资阳市雁江区卫生健康局' })
  name: string;

  @ApiProperty({ example: 'wjw@yanjiang.example.cn' })
  email: string;

  @ApiProperty({ required: false, example: '028-26621234', description: 'when the directory has one' })
  phone?: string;
}

class CorrectionItemDto {
  @ApiProperty({ example: 'fire_safety', description: 'the material or field to correct' })
  item: string;

  @ApiProperty({ example: '消防安全检查合格证明已过期' })
  reason: string;
}

class CorrectionDto {
  @ApiProperty({ type: [CorrectionItemDto] })
  items: CorrectionItemDto[];

  @ApiProperty({ example: '2026-10-12' })
  requestedOn: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-10-27',
    description: "the institution's correction deadline",
  })
  dueOn: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-10-27T23:59:59.999+08:00' })
  dueAt: string | null;

  @ApiProperty({ example: 'open' })
  status: string;
}

class FilingNonComplianceView {
  @ApiProperty({ type: [String], example: ['消防安全检查合格证明缺失'] })
  reasons: string[];

  @ApiProperty({ example: '2026-11-02' })
  decidedOn: string;
}

/** GET /filings (each item) and GET /filings/:id. */
export class FilingCaseDto implements FilingCaseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: 'office@example.cn', description: "the institution's notices go here" })
  contactEmail: string;

  @ApiProperty({ enum: FILING_STATUSES })
  status: string;

  @ApiProperty({ example: '2026-10-20', description: 'filing deadline (备案期限)' })
  dueOn: string;

  @ApiProperty({ example: '2026-10-20T23:59:59.999+08:00' })
  dueAt: string;

  @ApiProperty({ type: [String], description: 'how dueOn was computed, line by line' })
  dueExplanation: string[];

  @ApiProperty({
    type: [String],
    description: 'the same in Chinese (《民法典》 rules and the holiday notice), for people; dueExplanation is English',
    example: ['自2026-09-20次日起算，当日不计入（《民法典》第二百零一条）；15日期间的最后一日为2026-10-05。'],
  })
  dueExplanationZh: string[];

  @ApiProperty({ example: '2026-09-20' })
  registrationApprovedOn: string;

  @ApiProperty({ example: '2026-09-20T10:00:00+08:00' })
  openedAt: string;

  @ApiProperty({ type: [ReminderDto] })
  reminders: ReminderDto[];

  @ApiProperty({ type: String, nullable: true, example: '雁卫托备〔2026〕12号' })
  receiptNumber: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-10-08' })
  filedOn: string | null;

  @ApiProperty({ type: FilingNonComplianceView, nullable: true })
  nonCompliance: FilingNonComplianceView | null;

  @ApiProperty({ type: String, nullable: true, example: 'A' })
  evaluationLevel: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-10-19T23:59:59.999+08:00',
    description: "the department's deadline to decide on the submission under review (备案回执), if any",
  })
  reviewDueAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-10-19' })
  reviewDueOn: string | null;

  @ApiProperty({ type: CorrectionDto, nullable: true, description: 'the latest correction request (一次性告知)' })
  correction: CorrectionDto | null;

  @ApiProperty({
    type: DepartmentContactDto,
    nullable: true,
    description: "whom the institution may ask: the county department's directory entry, null while there is none",
  })
  department: DepartmentContactDto | null;
}
