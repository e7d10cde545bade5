import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { EvaluationResultProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { Principal } from '@tuoyu/identity';
import { FieldProblem, InvalidInputError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { EVALUATION_SUBJECT } from '../deadlines/evaluation-deadline-subjects';
import { EvaluationLinks } from '../evaluation-links';
import { EvaluationNotifier } from '../evaluation-notifier';
import { EVALUATION_RULES, type EvaluationRules } from '../evaluation-rules';
import { subjectForDepartment } from '../evaluation-scope';
import { QualityEvaluation } from './quality-evaluation.entity';
import { rateQuality } from './rate-quality';

export interface QualityEvaluationCommand {
  evaluatedOn: string;
  scores: Record<string, unknown>;
  vetoes?: string[];
}

export interface QualityEvaluationView {
  id: string;
  subjectId: string;
  uscc: string;
  name: string;
  regionCode: string;
  evaluatedOn: string;
  publishedOn: string;
  level: string;
  totalScore: number;
  dimensions: QualityEvaluation['dimensions'];
  vetoes: string[];
}

export function toQualityEvaluationView(e: QualityEvaluation): QualityEvaluationView {
  return {
    id: e.id,
    subjectId: e.subjectId,
    uscc: e.uscc,
    name: e.name,
    regionCode: e.regionCode,
    evaluatedOn: e.evaluatedOn,
    publishedOn: e.publishedOn,
    level: e.level,
    totalScore: e.totalScore,
    dimensions: e.dimensions,
    vetoes: e.vetoes,
  };
}

/**
 * Quality evaluations (质量评估, WS/T 821—2023): rated, published the same day (评估结果向社会公布), sent to
 * filing for disclosure and to the institution, and the first-evaluation deadline is met, in one transaction.
 */
@Injectable()
export class QualityEvaluationService {
  private readonly logger = new Logger(QualityEvaluationService.name);
  constructor(
    @Inject(EVALUATION_RULES) private readonly rules: EvaluationRules,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly scheduler: DeadlineScheduler,
    private readonly notifier: EvaluationNotifier,
    private readonly links: EvaluationLinks,
    private readonly audit: AuditTrail,
  ) {}

  evaluate(subjectId: string, command: QualityEvaluationCommand, principal: Principal): Promise<QualityEvaluationView> {
    return this.em.fork().transactional(async (em) => {
      const subject = await subjectForDepartment(em, subjectId, principal);
      const today = localDateAt(this.clock.now());
      const { rating, problems } = rateQuality(this.rules.qualityModel, command.scores, command.vetoes ?? []);
      const all: FieldProblem[] = [...problems];
      if (command.evaluatedOn > today) {
        all.push({ field: 'evaluatedOn', code: 'future', message: `evaluatedOn is after today (${today})` });
      }
      if (!rating || all.length) {
        throw new InvalidInputError(`Invalid evaluation: ${all.map((p) => p.field).join(', ')}`, all);
      }
      const evaluation = em.create(QualityEvaluation, {
        id: randomUUID(),
        subjectId: subject.id,
        regionCode: subject.regionCode,
        uscc: subject.uscc,
        name: subject.name,
        evaluatedOn: command.evaluatedOn,
        dimensions: rating.dimensions,
        vetoes: rating.vetoes,
        totalScore: rating.totalScore,
        level: rating.level,
        publishedOn: today,
        createdAt: this.clock.now(),
      });
      this.audit.record(em, 'evaluation.publish', `evaluation_subject:${subject.id}`, {
        evaluationId: evaluation.id,
        level: rating.level,
        totalScore: rating.totalScore,
      });
      this.outbox.add(em, QueueName.Filing, MessageType.EvaluationPublished, {
        v: 1,
        evaluationId: evaluation.id,
        filingCaseId: subject.filingCaseId,
        uscc: subject.uscc,
        level: rating.level,
        publishedOn: today,
      });
      const props: EvaluationResultProps = {
        institutionName: subject.name,
        uscc: subject.uscc,
        departmentName: subject.departmentName ?? `${subject.regionCode} 卫生健康部门`,
        evaluatedOn: command.evaluatedOn,
        publishedOn: today,
        level: rating.level,
        totalScore: rating.totalScore,
        dimensions: rating.dimensions.map((d) => ({ dimension: d.dimension, score: d.score, weight: d.weight })),
        vetoed: rating.vetoed,
        vetoes: rating.vetoes,
        publicUrl: this.links.publicList(subject.regionCode),
      };
      this.notifier.toInstitution(
        em,
        `evaluation-result:${evaluation.id}`,
        subject,
        NoticeTemplate.EvaluationResult,
        props,
      );
      const deadlineSubject = { type: EVALUATION_SUBJECT, id: subject.id, regionCode: subject.regionCode };
      await this.scheduler.meet(em, deadlineSubject, 'quality_evaluation');
      this.logger.log(`quality evaluation of ${subject.uscc}: level ${rating.level} (${rating.totalScore})`);
      return toQualityEvaluationView(evaluation);
    });
  }
}
