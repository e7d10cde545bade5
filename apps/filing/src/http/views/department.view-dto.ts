import { ApiProperty } from '@nestjs/swagger';
import type { DepartmentView } from '@tuoyu/filing-domain';

/** PUT/GET /departments/:regionCode. */
export class DepartmentDto implements DepartmentView {
  @ApiProperty({ example: '512002' })
  regionCode: string;

  @ApiProperty({ example: '资阳市雁江区卫生健康局' })
  name: string;

  @ApiProperty({ example: 'tuoyu@yanjiang.gov.cn' })
  email: string;

  @ApiProperty({ type: String, nullable: true, example: '0832-6221234' })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://hr.example.gov.cn/handoffs' })
  webhookUrl: string | null;

  @ApiProperty({ example: true, description: 'the secret itself is never shown' })
  hasWebhookSecret: boolean;

  @ApiProperty({ type: Number, nullable: true, example: 1_020_000 })
  population: number | null;

  @ApiProperty({ example: '2026-09-20T10:00:00+08:00' })
  updatedAt: string;
}
