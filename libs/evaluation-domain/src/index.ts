import { EvaluationSubject } from './evaluation-subject.entity';

export * from './evaluation-domain.module';
export * from './evaluation-subject.entity';
export * from './evaluation-subject.service';
export * from './evaluation-tables.migration';

export const EVALUATION_ENTITIES = [EvaluationSubject];
