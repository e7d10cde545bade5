import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { EvaluationLinks } from '../evaluation-links';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { Inspection } from '../inspection/inspection.entity';
import { INSPECTION_SUBJECT } from './evaluation-deadline-subjects';
import { EvaluationDeadlineHandler } from './evaluation-deadline.handler';

/** The next periodic supervision inspection, counted from the inspection before it. */
@Injectable()
export class NextInspectionDeadlineHandler extends EvaluationDeadlineHandler {
  readonly subjectType = INSPECTION_SUBJECT;

  constructor(config: AppConfig, links: EvaluationLinks) {
    super(config, links);
  }

  protected async subjectOf(em: EntityManager, deadline: Deadline): Promise<EvaluationSubject> {
    const inspection = await em.findOneOrFail(Inspection, deadline.subjectId);
    return em.findOneOrFail(EvaluationSubject, inspection.subjectId);
  }
}
