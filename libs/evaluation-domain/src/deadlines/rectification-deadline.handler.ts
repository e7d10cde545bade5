import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { EvaluationLinks } from '../evaluation-links';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { RectificationOrder } from '../inspection/rectification-order.entity';
import { RECTIFICATION_ORDER_SUBJECT } from './evaluation-deadline-subjects';
import { EvaluationDeadlineHandler } from './evaluation-deadline.handler';

/** 限期整改: at breach the order is overdue (failing rectification leads to a penalty, the department's call). */
@Injectable()
export class RectificationDeadlineHandler extends EvaluationDeadlineHandler {
  readonly subjectType = RECTIFICATION_ORDER_SUBJECT;

  constructor(config: AppConfig, links: EvaluationLinks) {
    super(config, links);
  }

  protected async subjectOf(em: EntityManager, deadline: Deadline): Promise<EvaluationSubject> {
    const order = await em.findOneOrFail(RectificationOrder, deadline.subjectId);
    return em.findOneOrFail(EvaluationSubject, order.subjectId);
  }

  protected override async onBreach(em: EntityManager, deadline: Deadline): Promise<void> {
    const order = await em.findOneOrFail(RectificationOrder, deadline.subjectId);
    if (order.status === 'open') order.overdue = true;
  }

  protected override async onMoved(em: EntityManager, deadline: Deadline): Promise<void> {
    const order = await em.findOneOrFail(RectificationOrder, deadline.subjectId);
    order.dueOn = deadline.dueOn;
  }
}
