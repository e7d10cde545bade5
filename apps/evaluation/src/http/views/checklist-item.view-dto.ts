import { ApiProperty } from '@nestjs/swagger';

const CHECKS = ['judgement', 'staff_ratio', 'class_size', 'cctv_coverage', 'cctv_retention'] as const;

/** One item of the checklist inspections are assessed by, as the inspection form asks for it. */
export class ChecklistItemDto {
  @ApiProperty({ example: 'fire.equipment' })
  code: string;

  @ApiProperty({
    example: '消防',
    description: 'the area of supervision (消防、安全、饮食、卫生保健、保育规范、收费价格)',
  })
  category: string;

  @ApiProperty({ example: '灭火器材、疏散通道、安全出口、应急照明完好畅通' })
  title: string;

  @ApiProperty({
    enum: CHECKS,
    description: "judgement: the inspector's finding; the others are computed from the classes or CCTV measured",
  })
  check: (typeof CHECKS)[number];
}
