import { EntityRepository, FilterQuery } from '@mikro-orm/postgresql';
import type { FilingStatus } from './case/filing-transitions';
import { Department } from './department.entity';
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

  /** Which of these registrations have a case already. */
  async registrationsWithCases(registrationIds: string[]): Promise<Set<string>> {
    const cases = await this.find({ registrationId: { $in: registrationIds } }, { fields: ['registrationId'] });
    return new Set(cases.map((c) => c.registrationId));
  }

  /**
   * A handoff's two look-ups in one round trip: the case the registration may already have (a redelivered
   * handoff) and the region's department (null while the region has none).
   */
  async handoffContext(
    registrationId: string,
    regionCode: string,
  ): Promise<{ existing: FilingCase | null; department: Department | null }> {
    const em = this.getEntityManager();
    const cases = em.getMetadata().get<FilingCase>('FilingCase');
    const departments = em.getMetadata().get(Department.name);
    const [row] = await em.execute<Record<string, unknown>[]>(
      `select (select "${cases.properties.id.fieldNames[0]}" from "${cases.tableName}"
                where "${cases.properties.registrationId.fieldNames[0]}" = ?) as "existing_case_id", d.*
         from (values (1)) as one left join "${departments.tableName}" d
           on d."${departments.properties.regionCode.fieldNames[0]}" = ?`,
      [registrationId, regionCode],
    );
    const { existing_case_id: existingId, ...department } = row;
    return {
      // Rare (a redelivery): loaded whole only then.
      existing: existingId ? await this.findOneOrFail(existingId) : null,
      department: department[departments.properties.regionCode.fieldNames[0]] ? em.map(Department, department) : null,
    };
  }

  list(filter: FilingCaseFilter): Promise<FilingCase[]> {
    const where: FilterQuery<FilingCase> = {};
    if (filter.uscc) where.uscc = filter.uscc;
    if (filter.status) where.status = filter.status;
    if (filter.regionPrefix) where.regionCode = { $like: `${filter.regionPrefix}%` };
    return this.find(where, { orderBy: { dueAt: 'asc', id: 'asc' }, limit: filter.limit });
  }
}
