import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { DocumentContentType } from '@tuoyu/documents';

/**
 * A photo or scan the complainant added to a complaint (through its reference, within a day of receipt), stored
 * in the document store like a filing document. Seen by the department of the complaint's region and
 * administrators, never on a public page.
 */
@Entity({ tableName: 'complaint_attachment' })
@Index({ name: 'complaint_attachment_complaint_index', properties: ['complaintId'] })
export class ComplaintAttachment {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  complaintId: string;

  /** The complainant's file name made harmless (documentFileName); shown, never used as a path. */
  @Property({ type: 'string', length: 255 })
  fileName: string;

  @Property({ type: 'string', length: 40 })
  contentType: DocumentContentType;

  @Property({ type: 'integer' })
  size: number;

  @Property({ type: 'string', length: 64 })
  sha256: string;

  @Property({ type: 'string', length: 120 })
  storageKey: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  uploadedAt: Date;
}
