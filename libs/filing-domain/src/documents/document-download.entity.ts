import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@tuoyu/identity';

/** Who opened which filing document, and when: one row per download, written before the bytes are sent. */
@Entity({ tableName: 'document_download' })
@Index({ name: 'document_download_document_idx', properties: ['documentId'] })
export class DocumentDownload {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  /** Not a foreign key: the record of who read a document outlives the document's retention. */
  @Property({ type: 'uuid' })
  documentId: string;

  @Property({ type: 'uuid' })
  filingCaseId: string;

  @Property({ type: 'string', length: 20 })
  role: Role;

  /** The department's region, the institution's USCC, or the token subject (administrators). */
  @Property({ type: 'string', length: 64, nullable: true })
  actor?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  downloadedAt: Date;
}
