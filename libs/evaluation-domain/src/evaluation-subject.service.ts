import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { FilingAccepted } from '@tuoyu/contracts';
import { EvaluationSubject } from './evaluation-subject.entity';

@Injectable()
export class EvaluationSubjectService {
  constructor(private readonly clock: Clock) {}

  /** A filed institution becomes subject to evaluation; a repeated acceptance finds the existing subject. */
  async openFromFiling(em: EntityManager, accepted: FilingAccepted): Promise<EvaluationSubject> {
    const existing = await em.getRepository(EvaluationSubject).findByFilingCase(accepted.filingCaseId);
    if (existing) return existing;
    return em.create(EvaluationSubject, {
      id: randomUUID(),
      filingCaseId: accepted.filingCaseId,
      uscc: accepted.uscc,
      name: accepted.name,
      regionCode: accepted.regionCode,
      filedOn: accepted.filedOn,
      createdAt: this.clock.now(),
    });
  }
}
