import { EntityRepository } from '@mikro-orm/postgresql';
import type { EvaluationSubject } from './evaluation-subject.entity';

export class EvaluationSubjectRepository extends EntityRepository<EvaluationSubject> {
  findByFilingCase(filingCaseId: string): Promise<EvaluationSubject | null> {
    return this.findOne({ filingCaseId });
  }
}
