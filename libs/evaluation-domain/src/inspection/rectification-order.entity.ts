import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ItemResult } from './assess-inspection';

export const RECTIFICATION_STATUSES = ['open', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** 责令限期整改: the failed items of an inspection, open until a re-inspection finds them all met. */
@Entity({ tableName: 'rectification_order' })
export class RectificationOrder {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  @Index({ name: 'rectification_order_subject_index' })
  subjectId: string;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'uuid' })
  inspectionId: string;

  /** The failed items the institution must rectify. */
  @Property({ type: 'json' })
  items: ItemResult[];

  /** The inspector's date; the deadline may end later when it falls on a rest day (民法典 §203). */
  @Property({ type: 'date' })
  orderedDueOn: string;

  @Property({ type: 'date' })
  dueOn: string;

  @Property({ type: 'string', length: 16 })
  status: RectificationStatus;

  /** Set at breach: the institution did not rectify in time (the department decides the penalty). */
  @Property({ type: 'boolean' })
  overdue: boolean;

  @Property({ type: 'uuid', nullable: true })
  closedByInspectionId?: string;

  @Property({ type: 'date', nullable: true })
  closedOn?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;
}
