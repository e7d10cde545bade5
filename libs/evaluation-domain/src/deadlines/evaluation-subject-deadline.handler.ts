import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { EvaluationLinks } from '../evaluation-links';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { EVALUATION_SUBJECT } from './evaluation-deadline-subjects';
import { EvaluationDeadlineHandler } from './evaluation-deadline.handler';

/** The first quality evaluation and the first supervision inspection after filing. */
@Injectable()
export class EvaluationSubjectDeadlineHandler extends EvaluationDeadlineHandler {
  readonly subjectType = EVALUATION_SUBJECT;

  constructor(config: AppConfig, links: EvaluationLinks) {
    super(config, links);
  }

  protected subjectOf(em: EntityManager, deadline: Deadline): Promise<EvaluationSubject> {
    return em.findOneOrFail(EvaluationSubject, deadline.subjectId);
  }
}
