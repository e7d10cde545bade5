import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EvaluationLevel } from '@tuoyu/contracts';
import type { DimensionScore } from './rate-quality';

/** A published quality evaluation (质量评估, WS/T 821—2023): scores, veto items and the level they give. */
@Entity({ tableName: 'quality_evaluation' })
export class QualityEvaluation {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  @Index({ name: 'quality_evaluation_subject_index' })
  subjectId: string;

  @Property({ type: 'string', length: 6 })
  @Index({ name: 'quality_evaluation_region_index' })
  regionCode: string;

  @Property({ type: 'string', length: 18 })
  uscc: string;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'date' })
  evaluatedOn: string;

  @Property({ type: 'json' })
  dimensions: DimensionScore[];

  @Property({ type: 'json' })
  vetoes: string[];

  @Property({ type: 'double' })
  totalScore: number;

  @Property({ type: 'string', length: 1 })
  level: EvaluationLevel;

  @Property({ type: 'date' })
  publishedOn: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;
}
