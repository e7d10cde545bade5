import { LockMode } from '@mikro-orm/core';
import { EntityRepository } from '@mikro-orm/postgresql';
import type { Department } from './department.entity';

export class DepartmentRepository extends EntityRepository<Department> {
  forRegion(regionCode: string): Promise<Department | null> {
    return this.findOne({ regionCode });
  }

  /** The departments of these regions, by region code (one query for a list of cases). */
  async byRegion(regionCodes: string[]): Promise<Map<string, Department>> {
    const found = regionCodes.length ? await this.find({ regionCode: { $in: [...new Set(regionCodes)] } }) : [];
    return new Map(found.map((d) => [d.regionCode, d]));
  }

  /** The whole directory by region code (a country has some 2,800 counties: one page is enough). */
  all(): Promise<Department[]> {
    return this.findAll({ orderBy: { regionCode: 'asc' } });
  }

  /**
   * The region's row, created if missing and locked for this transaction: INSERT … ON CONFLICT DO NOTHING, so
   * concurrent PUTs for a new county never fail on the primary key (they wait for each other instead).
   */
  async lockOrCreate(regionCode: string, entry: { name: string; email: string }, now: Date): Promise<Department> {
    await this.createQueryBuilder()
      .insert({ regionCode, name: entry.name, email: entry.email, updatedAt: now })
      .onConflict('regionCode')
      .ignore()
      .execute();
    return this.findOneOrFail({ regionCode }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }
}
