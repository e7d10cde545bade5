import { DEADLINE_ENTITIES } from '@tuoyu/deadlines';
import { EvaluationSubject } from './evaluation-subject.entity';

export * from './evaluation-domain.module';
export * from './evaluation-subject.entity';
export * from './evaluation-subject.service';
export * from './evaluation-tables.migration';

export const EVALUATION_ENTITIES = [EvaluationSubject, ...DEADLINE_ENTITIES];
