import { EntityRepository } from '@mikro-orm/postgresql';
import type { DeadlineCount } from './deadline-count.entity';

export interface OpenDeadlineCount {
  kind: string;
  regionCode: string;
  open: number;
  breached: number;
}

export class DeadlineCountRepository extends EntityRepository<DeadlineCount> {
  /** Open and breached deadlines by kind and region: a sum over the rows appended since the last fold. */
  async byKindAndRegion(): Promise<OpenDeadlineCount[]> {
    return this.getEntityManager()
      .getConnection()
      .execute<OpenDeadlineCount[]>(
        `select kind, region_code as "regionCode", sum(open)::int as open, sum(breached)::int as breached
           from deadline_count group by kind, region_code having sum(open) <> 0 order by kind, region_code`,
      );
  }

  async byKind(): Promise<Omit<OpenDeadlineCount, 'regionCode'>[]> {
    return this.getEntityManager()
      .getConnection()
      .execute<Omit<OpenDeadlineCount, 'regionCode'>[]>(
        `select kind, sum(open)::int as open, sum(breached)::int as breached
           from deadline_count group by kind having sum(open) <> 0 order by kind`,
      );
  }

  /**
   * Replaces the appended rows by one per (kind, region), keeping every sum. Replicas may fold at once: a row
   * another fold deleted is skipped by this one's delete, and the row that fold inserted is not in this snapshot.
   */
  async fold(): Promise<void> {
    await this.getEntityManager()
      .getConnection()
      .execute(
        `with folded as (delete from deadline_count returning kind, region_code, open, breached)
         insert into deadline_count (kind, region_code, open, breached)
         select kind, region_code, sum(open), sum(breached) from folded group by kind, region_code
         having sum(open) <> 0 or sum(breached) <> 0`,
        [],
        'run',
      );
  }
}
