import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Deadline, DeadlineRung } from '@tuoyu/deadlines';
import { Principal, regionContains, regionPrefix } from '@tuoyu/identity';
import { ForbiddenError, NotFoundError } from '@tuoyu/kernel';
import type { FilingStatus } from './case/filing-transitions';
import { contactOf } from './department-contact';
import { Department } from './department.entity';
import { FilingCase } from './filing-case.entity';
import { progressByCase } from './filing-case-progress';
import { FilingCaseView, FilingDeadlineOfCase, toFilingCaseView } from './filing-case.view';
import { FILING_CASE_SUBJECT } from './filing-deadline.handler';

export interface FilingListQuery {
  uscc?: string;
  status?: FilingStatus;
  region?: string;
  limit?: number;
}

/** Reads filing cases within what the caller may see: a department its region, an institution its own USCC. */
@Injectable()
export class FilingQueryService {
  constructor(private readonly em: EntityManager) {}

  async list(query: FilingListQuery, principal: Principal): Promise<FilingCaseView[]> {
    const scope = this.scopeOf(principal);
    if (query.region && scope.region && !regionContains(scope.region, query.region)) {
      throw new ForbiddenError(`Region ${query.region} is outside your region ${scope.region}`);
    }
    if (query.uscc && scope.uscc && query.uscc !== scope.uscc) {
      throw new ForbiddenError('An institution sees only its own filing cases');
    }
    const region = query.region ?? scope.region;
    const em = this.em.fork();
    const cases = await em.getRepository(FilingCase).list({
      uscc: scope.uscc ?? query.uscc,
      status: query.status,
      regionPrefix: region ? regionPrefix(region) : undefined,
      limit: Math.min(query.limit ?? 100, 500),
    });
    const ids = cases.map((c) => c.id);
    const deadlines = await this.deadlinesByCase(em, ids);
    const progress = await progressByCase(em, ids);
    const departments = await em.getRepository(Department).byRegion(cases.map((c) => c.regionCode));
    return cases.map((c) =>
      toFilingCaseView(c, deadlines.get(c.id), progress.get(c.id), contactOf(departments.get(c.regionCode))),
    );
  }

  async get(id: string, principal: Principal): Promise<FilingCaseView> {
    const em = this.em.fork();
    const filingCase = await em.getRepository(FilingCase).findOne({ id });
    const scope = this.scopeOf(principal);
    const visible =
      filingCase &&
      (!scope.region || regionContains(scope.region, filingCase.regionCode)) &&
      (!scope.uscc || scope.uscc === filingCase.uscc);
    // Another region's or institution's case is reported as absent, not as forbidden: no existence leak.
    if (!visible) throw new NotFoundError(`Filing case ${id} does not exist`);
    const deadline = (await this.deadlinesByCase(em, [filingCase.id])).get(filingCase.id);
    const progress = (await progressByCase(em, [filingCase.id])).get(filingCase.id);
    const department = await em.getRepository(Department).forRegion(filingCase.regionCode);
    return toFilingCaseView(filingCase, deadline, progress, contactOf(department));
  }

  private async deadlinesByCase(em: EntityManager, caseIds: string[]): Promise<Map<string, FilingDeadlineOfCase>> {
    const byCase = new Map<string, FilingDeadlineOfCase>();
    if (caseIds.length === 0) return byCase;
    const deadlines = await em.find(Deadline, {
      subjectType: FILING_CASE_SUBJECT,
      subjectId: { $in: caseIds },
      kind: 'filing',
    });
    for (const d of deadlines) byCase.set(d.subjectId, { rungs: [], explanationSteps: d.explanationSteps });
    const caseOf = new Map(deadlines.map((d) => [d.id, d.subjectId]));
    const rungs = await em.find(
      DeadlineRung,
      { deadline: { $in: [...caseOf.keys()] } },
      { orderBy: { fireAt: 'asc' } },
    );
    for (const rung of rungs) {
      byCase.get(caseOf.get(rung.deadline.id) as string)?.rungs.push(rung);
    }
    return byCase;
  }

  private scopeOf(principal: Principal): { region?: string; uscc?: string } {
    switch (principal.role) {
      case 'admin':
        return {};
      case 'department':
        if (!principal.region) throw new ForbiddenError('A department token must carry its region');
        return { region: principal.region };
      case 'institution':
        if (!principal.uscc) throw new ForbiddenError('An institution token must carry its USCC');
        return { uscc: principal.uscc };
      case 'authority':
      case 'hotline':
        throw new ForbiddenError(`A ${principal.role} token does not read filing cases`);
    }
  }
}
