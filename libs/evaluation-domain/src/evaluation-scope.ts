import { EntityManager } from '@mikro-orm/postgresql';
import { Principal, regionContains } from '@tuoyu/identity';
import { ForbiddenError, NotFoundError } from '@tuoyu/kernel';
import { EvaluationSubject } from './evaluation-subject.entity';

/** The region a reader may see: a department its own, an administrator everything (undefined). */
export function readableRegion(principal: Principal): string | undefined {
  if (principal.role === 'admin') return undefined;
  if (principal.role === 'department' && principal.region) return principal.region;
  throw new ForbiddenError('Only a county health department or an administrator reads evaluations');
}

/** The region a department acts in; nobody else inspects, evaluates or bans. */
export function actingRegion(principal: Principal): string {
  if (principal.role !== 'department' || !principal.region) {
    throw new ForbiddenError('Only a county health department inspects, evaluates and records bans');
  }
  return principal.region;
}

export function visibleTo(principal: Principal, regionCode: string): boolean {
  const region = readableRegion(principal);
  return !region || regionContains(region, regionCode);
}

/** The subject if the department may act on it; another region's is reported absent (no existence leak). */
export async function subjectForDepartment(
  em: EntityManager,
  subjectId: string,
  principal: Principal,
): Promise<EvaluationSubject> {
  const region = actingRegion(principal);
  const subject = await em.findOne(EvaluationSubject, subjectId);
  if (!subject || !regionContains(region, subject.regionCode)) {
    throw new NotFoundError(`Evaluation subject ${subjectId} does not exist in your region`);
  }
  return subject;
}
