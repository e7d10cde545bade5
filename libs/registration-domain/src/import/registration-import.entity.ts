import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { FieldProblem } from '@tuoyu/kernel';

export const IMPORT_STATUSES = ['running', 'finished', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportRowError {
  row: number;
  errors: FieldProblem[];
}

/** One bulk import job: its progress and its invalid rows, readable by every replica (GET /registrations/imports/:id). */
@Entity({ tableName: 'registration_import' })
export class RegistrationImport {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  /** The importing authority's region: only it (or an administrator) may read the job. */
  @Property({ type: 'string', length: 6 })
  region: string;

  @Property({ type: 'string', length: 16 })
  status: ImportStatus;

  @Property({ type: 'integer' })
  total: number;

  @Property({ type: 'integer' })
  processed: number = 0;

  @Property({ type: 'integer' })
  created: number = 0;

  @Property({ type: 'integer' })
  skipped: number = 0;

  @Property({ type: 'integer' })
  invalid: number = 0;

  /** The invalid rows with their reasons (the first 1,000: enough to fix a file, small enough to serve). */
  @Property({ type: 'json' })
  errors: ImportRowError[] = [];

  @Property({ type: 'text', nullable: true })
  failure?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date;
}
