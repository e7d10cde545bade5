import { Entity, EntityRepositoryType, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ComplaintCategory, ComplaintChannel, ComplaintStatus } from './complaint-categories';
import { ComplaintRepository } from './complaint.repository';

/**
 * 投诉举报: from the public form or a 12345 transfer, handled by the department of the institution's region.
 * The complainant's contact is kept for the reply only: never on a public page, never in a department email.
 */
@Entity({ tableName: 'complaint', repository: () => ComplaintRepository })
// The duplicate check looks up recent complaints by contact.
@Index({ name: 'complaint_contact_email_index', properties: ['contactEmail', 'receivedAt'] })
@Index({ name: 'complaint_contact_phone_index', properties: ['contactPhone', 'receivedAt'] })
export class Complaint {
  [EntityRepositoryType]?: ComplaintRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 32 })
  @Unique({ name: 'complaint_reference_unique' })
  reference: string;

  @Property({ type: 'string', length: 16 })
  channel: ComplaintChannel;

  @Property({ type: 'string', length: 64, nullable: true })
  @Unique({ name: 'complaint_hotline_case_unique' })
  hotlineCaseNumber?: string;

  @Property({ type: 'string', length: 100, nullable: true })
  contactName?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string;

  @Property({ type: 'string', length: 32, nullable: true })
  contactPhone?: string;

  /** The institution as the complainant named it (name and/or USCC). */
  @Property({ type: 'string', length: 200 })
  institutionName: string;

  @Property({ type: 'string', length: 18, nullable: true })
  institutionUscc?: string;

  /** The evaluation subject it was matched to; absent while the institution is not identified. */
  @Property({ type: 'uuid', nullable: true })
  subjectId?: string;

  @Property({ type: 'string', length: 6, nullable: true })
  @Index({ name: 'complaint_region_index' })
  regionCode?: string;

  @Property({ type: 'string', length: 200, nullable: true })
  departmentName?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  departmentEmail?: string;

  @Property({ type: 'string', length: 16 })
  category: ComplaintCategory;

  @Property({ type: 'text' })
  facts: string;

  @Property({ type: 'string', length: 16 })
  status: ComplaintStatus;

  @Property({ type: 'date', nullable: true })
  dueOn?: string;

  /** Set at breach of the handling clock. */
  @Property({ type: 'boolean' })
  overdue: boolean;

  @Property({ type: 'text', nullable: true })
  findings?: string;

  @Property({ type: 'uuid', nullable: true })
  inspectionId?: string;

  @Property({ type: 'uuid', nullable: true })
  rectificationOrderId?: string;

  @Property({ type: 'text', nullable: true })
  reply?: string;

  @Property({ type: 'date', nullable: true })
  repliedOn?: string;

  @Property({ type: 'date' })
  receivedOn: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date;
}
