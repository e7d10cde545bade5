import { ApiProperty } from '@nestjs/swagger';

/** GET /public/complaints/:reference: the state and the reply, never who complained. */
export class PublicComplaintDto {
  @ApiProperty({ example: 'TS-2026-7K3M9Q' })
  reference: string;

  @ApiProperty({ example: 'received' })
  status: string;

  @ApiProperty({ example: 'safety' })
  category: string;

  @ApiProperty({ example: '安全隐患' })
  categoryLabel: string;

  @ApiProperty({ type: String, nullable: true, example: '雁江区小星星托育中心' })
  institutionName: string | null;

  @ApiProperty({ example: '2026-11-02' })
  receivedOn: string;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-16' })
  dueOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  repliedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  reply: string | null;
}
