import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { FilingCase } from '../filing-case.entity';
import type { DocumentContentType } from '@tuoyu/documents';
import type { DocumentKind } from '../submission/filing-materials';

/**
 * One uploaded filing document (a scan of a licence, certificate or report). Immutable once stored: a trigger
 * refuses any change to its content columns; a corrected document is a new upload. Kept when its case closes
 * (until `retainUntil`), never deleted with the case.
 */
@Entity({ tableName: 'filing_document' })
@Index({ name: 'filing_document_case_idx', properties: ['filingCase'] })
export class FilingDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne({ entity: () => FilingCase, deleteRule: 'restrict' })
  filingCase: FilingCase;

  @Property({ type: 'string', length: 40 })
  kind: DocumentKind;

  /** The institution's file name made harmless (documentFileName); shown, never used as a path. */
  @Property({ type: 'string', length: 255 })
  fileName: string;

  /** Recognised from the content's leading bytes. */
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

  /** The institution's USCC (or the token subject) that uploaded it. */
  @Property({ type: 'string', length: 64 })
  uploadedBy: string;

  /** Set when the case closes: the document may be purged after this day (DOCUMENT_RETENTION_YEARS). */
  @Property({ type: 'date', nullable: true })
  retainUntil?: string;
}
