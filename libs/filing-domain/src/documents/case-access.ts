import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal, regionContains } from '@tuoyu/identity';
import { NotFoundError } from '@tuoyu/kernel';
import { FilingCase } from '../filing-case.entity';

/**
 * The case as the caller may see it: an institution its own, a department its region's, an administrator any.
 * Anything else is reported as absent, not forbidden: no existence leak.
 */
export async function visibleCase(
  em: EntityManager,
  caseId: string,
  principal: Principal,
  lock = false,
): Promise<FilingCase> {
  const filingCase = await em.findOne(FilingCase, caseId, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  const visible =
    filingCase &&
    (principal.role === 'admin' ||
      (principal.role === 'institution' && principal.uscc === filingCase.uscc) ||
      (principal.role === 'department' &&
        !!principal.region &&
        regionContains(principal.region, filingCase.regionCode)));
  if (!visible) throw new NotFoundError(`Filing case ${caseId} does not exist`);
  return filingCase;
}
