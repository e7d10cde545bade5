import { Entity, EntityRepositoryType, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { EvaluationSubjectRepository } from './evaluation-subject.repository';

/** A filed institution under evaluation and supervision, with whom to tell (as filing knew them at acceptance). */
@Entity({ tableName: 'evaluation_subject', repository: () => EvaluationSubjectRepository })
export class EvaluationSubject {
  [EntityRepositoryType]?: EvaluationSubjectRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  @Unique({ name: 'evaluation_subject_filing_case_unique' })
  filingCaseId: string;

  @Property({ type: 'string', length: 18 })
  uscc: string;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'date' })
  filedOn: string;

  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string;

  @Property({ type: 'string', length: 300, nullable: true })
  address?: string;

  @Property({ type: 'string', length: 200, nullable: true })
  departmentName?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  departmentEmail?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;
}
