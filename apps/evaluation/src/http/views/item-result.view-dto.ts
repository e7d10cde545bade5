import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One checklist item of an inspection, passed or not. */
export class ItemResultDto {
  @ApiProperty({ example: 'S-01' })
  code: string;

  @ApiProperty({ example: '安全管理' })
  category: string;

  @ApiProperty({ example: '消防通道畅通' })
  title: string;

  @ApiProperty({ example: false })
  passed: boolean;

  @ApiPropertyOptional({ example: '二楼消防通道堆放杂物', description: 'why it failed, or the note' })
  finding?: string;
}
