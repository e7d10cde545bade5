import { EntityRepository, FilterQuery } from '@mikro-orm/postgresql';
import type { FilingStatus } from './case/filing-transitions';
import type { FilingCase } from './filing-case.entity';

export interface FilingCaseFilter {
  uscc?: string;
  status?: FilingStatus;
  /** A region code prefix: province (2), prefecture (4) or county (6 digits). */
  regionPrefix?: string;
  limit: number;
}

export class FilingCaseRepository extends EntityRepository<FilingCase> {
  findByRegistration(registrationId: string): Promise<FilingCase | null> {
    return this.findOne({ registrationId });
  }

  list(filter: FilingCaseFilter): Promise<FilingCase[]> {
    const where: FilterQuery<FilingCase> = {};
    if (filter.uscc) where.uscc = filter.uscc;
    if (filter.status) where.status = filter.status;
    if (filter.regionPrefix) where.regionCode = { $like: `${filter.regionPrefix}%` };
    return this.find(where, { orderBy: { dueAt: 'asc', id: 'asc' }, limit: filter.limit });
  }
}
