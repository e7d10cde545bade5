import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES, type DeliveryLogEntry, type DeliveryStatus } from '@tuoyu/notification-domain';

/** The documented shape of one GET /deliveries item. */
export class DeliveryLogEntryDto implements DeliveryLogEntry {
  @ApiProperty({ description: 'idempotency key (X-Tuoyu-Idempotency-Key)' }) key: string;
  @ApiProperty({ example: 'filing_due' }) template: string;
  @ApiProperty({ example: 'zh-CN' }) locale: string;
  @ApiProperty({ type: [String] }) recipients: string[];
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES, description: 'sending = an attempt is under way' }) status: DeliveryStatus;
  @ApiProperty({ description: 'SMTP attempts so far' }) attempts: number;
  @ApiProperty({
    description:
      'attempts whose sender died inside the SMTP conversation (outcome unknown; resent once, same Message-ID)',
  })
  ambiguousAttempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'why the last attempt failed' }) lastError: string | null;
  @ApiProperty({ example: '2026-10-09T09:00:00.123+08:00' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-10-09T09:00:01.456+08:00' }) sentAt: string | null;
}
