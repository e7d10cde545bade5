import { EntityManager } from '@mikro-orm/postgresql';
import { EvaluationSubject } from './evaluation-subject.entity';

export interface DepartmentAddress {
  name?: string;
  email?: string;
}

/**
 * The county department as evaluation knows it: from the latest FilingAccepted of an institution in that region
 * (filing owns the directory; evaluation reads no other service's tables). Unknown for a region with no filed
 * institution yet: the case then waits in the department's worklist without an email.
 */
export async function departmentOfRegion(em: EntityManager, regionCode: string): Promise<DepartmentAddress> {
  const subject = await em.findOne(
    EvaluationSubject,
    { regionCode, departmentEmail: { $ne: null } },
    { orderBy: { createdAt: 'desc' } },
  );
  return { name: subject?.departmentName, email: subject?.departmentEmail };
}
