import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ItemResult } from './assess-inspection';

export const INSPECTION_KINDS = ['routine', 're_inspection'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** One supervision inspection (监督检查) or re-inspection (复查), with every item's result as assessed. */
@Entity({ tableName: 'inspection' })
export class Inspection {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  @Index({ name: 'inspection_subject_index' })
  subjectId: string;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'string', length: 16 })
  kind: InspectionKind;

  /** For a re-inspection: the order it checks. */
  @Property({ type: 'uuid', nullable: true })
  rectificationOrderId?: string;

  @Property({ type: 'date' })
  inspectedOn: string;

  @Property({ type: 'json' })
  results: ItemResult[];

  @Property({ type: 'boolean' })
  passed: boolean;

  @Property({ type: 'string', length: 200, nullable: true })
  inspector?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;
}
