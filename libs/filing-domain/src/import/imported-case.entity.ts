import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const IMPORTED_CASE_STATES = ['filed', 'awaiting_submission', 'overdue'] as const;
export type ImportedCaseState = (typeof IMPORTED_CASE_STATES)[number];

/** A filing case opened for an institution brought in by an import: what the department's summary counts. */
@Entity({ tableName: 'imported_case' })
@Index({ name: 'imported_case_import_idx', properties: ['importId'] })
export class ImportedCase {
  @PrimaryKey({ type: 'uuid' })
  caseId: string;

  @Property({ type: 'uuid' })
  importId: string;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  /** The state the case was opened in. */
  @Property({ type: 'string', length: 32 })
  state: ImportedCaseState;
}
