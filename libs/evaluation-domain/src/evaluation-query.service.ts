import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Deadline } from '@tuoyu/deadlines';
import { Principal, regionContains, regionPrefix } from '@tuoyu/identity';
import { ForbiddenError, NotFoundError } from '@tuoyu/kernel';
import { readableRegion, visibleTo } from './evaluation-scope';
import { EvaluationSubject } from './evaluation-subject.entity';
import { Inspection } from './inspection/inspection.entity';
import { RectificationOrder } from './inspection/rectification-order.entity';
import { QualityEvaluation } from './quality/quality-evaluation.entity';
import { QualityEvaluationView, toQualityEvaluationView } from './quality/quality-evaluation.service';

export interface SubjectDeadlineView {
  kind: string;
  dueOn: string;
  status: string;
}

export interface PublicEvaluation {
  name: string;
  uscc: string;
  regionCode: string;
  level: string;
  totalScore: number;
  evaluatedOn: string;
  publishedOn: string;
}

/** Reads within what the caller may see: a department its region, an administrator everything. */
@Injectable()
export class EvaluationQueryService {
  constructor(private readonly em: EntityManager) {}

  async listSubjects(query: { region?: string; uscc?: string; limit?: number }, principal: Principal) {
    const scope = readableRegion(principal);
    if (query.region && scope && !regionContains(scope, query.region)) {
      throw new ForbiddenError(`Region ${query.region} is outside your region ${scope}`);
    }
    const region = query.region ?? scope;
    const em = this.em.fork();
    const subjects = await em.find(
      EvaluationSubject,
      {
        ...(region ? { regionCode: { $like: `${regionPrefix(region)}%` } } : {}),
        ...(query.uscc ? { uscc: query.uscc } : {}),
      },
      { orderBy: { createdAt: 'desc' }, limit: query.limit ?? 100 },
    );
    const deadlines = await this.deadlinesOf(
      em,
      subjects.map((s) => s.id),
    );
    return subjects.map((s) => ({ ...this.subjectView(s), deadlines: deadlines.get(s.id) ?? [] }));
  }

  async getSubject(id: string, principal: Principal) {
    const em = this.em.fork();
    const subject = await em.findOne(EvaluationSubject, id);
    if (!subject || !visibleTo(principal, subject.regionCode)) {
      throw new NotFoundError(`Evaluation subject ${id} does not exist in your region`);
    }
    const inspections = await em.find(Inspection, { subjectId: id }, { orderBy: { createdAt: 'asc' } });
    const orders = await em.find(RectificationOrder, { subjectId: id }, { orderBy: { createdAt: 'asc' } });
    const evaluations = await em.find(QualityEvaluation, { subjectId: id }, { orderBy: { createdAt: 'asc' } });
    const deadlines = await this.deadlinesOf(em, [id]);
    return {
      ...this.subjectView(subject),
      deadlines: deadlines.get(id) ?? [],
      inspections: inspections.map(({ id: inspectionId, kind, inspectedOn, passed, results }) => ({
        id: inspectionId,
        kind,
        inspectedOn,
        passed,
        results,
      })),
      rectificationOrders: orders.map((o) => ({
        id: o.id,
        inspectionId: o.inspectionId,
        status: o.status,
        overdue: o.overdue,
        orderedDueOn: o.orderedDueOn,
        dueOn: o.dueOn,
        closedOn: o.closedOn ?? null,
        items: o.items,
      })),
      evaluations: evaluations.map(toQualityEvaluationView),
    };
  }

  async listEvaluations(
    region: string | undefined,
    principal: Principal,
    limit: number,
  ): Promise<QualityEvaluationView[]> {
    const scope = readableRegion(principal);
    if (region && scope && !regionContains(scope, region)) {
      throw new ForbiddenError(`Region ${region} is outside your region ${scope}`);
    }
    return (await this.evaluationsIn(region ?? scope, limit)).map(toQualityEvaluationView);
  }

  /** What the public may read (评估结果向社会公布): each institution's latest level, no scores per dimension. */
  async publicEvaluations(region: string | undefined, limit: number): Promise<PublicEvaluation[]> {
    const latest = new Map<string, QualityEvaluation>();
    for (const e of await this.evaluationsIn(region, limit)) if (!latest.has(e.subjectId)) latest.set(e.subjectId, e);
    return [...latest.values()].map((e) => ({
      name: e.name,
      uscc: e.uscc,
      regionCode: e.regionCode,
      level: e.level,
      totalScore: e.totalScore,
      evaluatedOn: e.evaluatedOn,
      publishedOn: e.publishedOn,
    }));
  }

  private evaluationsIn(region: string | undefined, limit: number): Promise<QualityEvaluation[]> {
    return this.em.fork().find(QualityEvaluation, region ? { regionCode: { $like: `${regionPrefix(region)}%` } } : {}, {
      orderBy: { publishedOn: 'desc', createdAt: 'desc' },
      limit,
    });
  }

  private subjectView(s: EvaluationSubject) {
    return {
      id: s.id,
      filingCaseId: s.filingCaseId,
      uscc: s.uscc,
      name: s.name,
      regionCode: s.regionCode,
      filedOn: s.filedOn,
    };
  }

  /** Each subject's deadlines, including the periodic inspections that hang on its inspections. */
  private async deadlinesOf(em: EntityManager, subjectIds: string[]): Promise<Map<string, SubjectDeadlineView[]>> {
    const bySubject = new Map<string, SubjectDeadlineView[]>();
    if (subjectIds.length === 0) return bySubject;
    const inspections = await em.find(Inspection, { subjectId: { $in: subjectIds } }, { fields: ['id', 'subjectId'] });
    const orders = await em.find(
      RectificationOrder,
      { subjectId: { $in: subjectIds } },
      { fields: ['id', 'subjectId'] },
    );
    const owner = new Map<string, string>(subjectIds.map((id) => [id, id]));
    for (const child of [...inspections, ...orders]) owner.set(child.id, child.subjectId);
    const deadlines = await em.find(Deadline, { subjectId: { $in: [...owner.keys()] } }, { orderBy: { dueOn: 'asc' } });
    for (const d of deadlines) {
      const subjectId = owner.get(d.subjectId)!;
      bySubject.set(subjectId, [
        ...(bySubject.get(subjectId) ?? []),
        { kind: d.kind, dueOn: d.dueOn, status: d.status },
      ]);
    }
    return bySubject;
  }
}
