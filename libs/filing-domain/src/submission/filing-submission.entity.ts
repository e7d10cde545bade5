import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { FilingCase } from '../filing-case.entity';
import type { FilingMaterials, SubmittedDocument } from './filing-materials';

export type SubmissionOutcome = 'under_review' | 'correction_requested' | 'accepted' | 'non_compliant' | 'closed';

/** One set of materials an institution submitted; the department's review clocks run per submission. */
@Entity({ tableName: 'filing_submission' })
@Unique({ name: 'filing_submission_sequence_unique', properties: ['filingCase', 'sequence'] })
export class FilingSubmission {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne({ entity: () => FilingCase, deleteRule: 'cascade' })
  filingCase: FilingCase;

  /** 1 for the first submission, 2 for the first resubmission after a correction request, ... */
  @Property({ type: 'integer' })
  sequence: number;

  @Property({ type: 'json' })
  materials: FilingMaterials;

  /** The uploaded documents this submission names (rows filed before uploads existed hold bare hash references). */
  @Property({ type: 'json' })
  documents: SubmittedDocument[];

  @Property({ type: 'date' })
  submittedOn: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt: Date;

  @Property({ type: 'string', length: 32 })
  outcome: SubmissionOutcome = 'under_review';
}
