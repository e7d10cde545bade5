import { ApiProperty } from '@nestjs/swagger';
import type { RegistrationView } from '@tuoyu/registration-domain';

class ReminderDto {
  @ApiProperty({ example: 'due_soon' })
  kind: string;

  @ApiProperty({ example: '2026-10-17T09:00:00+08:00' })
  fireAt: string;

  @ApiProperty({ example: 'scheduled' })
  status: string;
}

class SharingDutyDto {
  @ApiProperty({ example: '2026-10-20', description: '30-day sharing deadline (推送期限)' })
  dueOn: string;

  @ApiProperty({ example: '2026-10-20T23:59:59+08:00' })
  dueAt: string;

  @ApiProperty({ enum: ['pending', 'delivered', 'overdue'] })
  status: RegistrationView['sharing']['status'];

  @ApiProperty({ type: String, nullable: true })
  deliveredAt: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  filingCaseId: string | null;

  @ApiProperty({ type: [ReminderDto] })
  reminders: ReminderDto[];
}

class ProvincialPushDto {
  @ApiProperty({ example: 'registration_approved' })
  event: string;

  @ApiProperty({ example: 'delivered' })
  status: string;

  @ApiProperty({ example: 1 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, nullable: true })
  deliveredAt: string | null;
}

class PersonDto {
  @ApiProperty({ example: '张三' })
  name: string;

  @ApiProperty({ example: '5131**********0019', description: 'masked' })
  idNumber: string;
}

class RegistrationContactView {
  @ApiProperty({ example: 'office@example.cn' })
  email: string;

  @ApiProperty({ example: '0832-1234567' })
  phone: string;
}

/** GET /registrations/:id. */
export class RegistrationViewDto implements RegistrationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '91512081MA62K0260E' })
  uscc: string;

  @ApiProperty({ example: '雁江区阳光托育中心' })
  name: string;

  @ApiProperty({ example: 'for_profit' })
  nature: string;

  @ApiProperty({ example: 'market_regulation' })
  authorityKind: string;

  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: '资阳市雁江区某街道1号' })
  address: string;

  @ApiProperty({ type: PersonDto })
  legalRepresentative: PersonDto;

  @ApiProperty({ type: RegistrationContactView })
  contact: RegistrationContactView;

  @ApiProperty({ example: '3岁以下婴幼儿托育服务' })
  businessScope: string;

  @ApiProperty({ type: [String], example: ['full_day'] })
  serviceTypes: string[];

  @ApiProperty({ example: 60 })
  capacity: number;

  @ApiProperty({ example: true })
  inclusive: boolean;

  @ApiProperty({ example: '2026-09-20' })
  approvedOn: string;

  @ApiProperty({ example: 'active' })
  status: string;

  @ApiProperty({ example: '2026-09-20T10:00:00+08:00' })
  createdAt: string;

  @ApiProperty({ type: SharingDutyDto })
  sharing: SharingDutyDto;

  @ApiProperty({ type: [ProvincialPushDto], description: 'pushes to the provincial platform, when configured' })
  provincialPushes: ProvincialPushDto[];
}
