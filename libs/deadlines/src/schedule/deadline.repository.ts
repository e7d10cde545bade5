import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { Deadline } from './deadline.entity';

export class DeadlineRepository extends EntityRepository<Deadline> {
  findForSubject(subjectType: string, subjectId: string, kind: string, lock = false): Promise<Deadline | null> {
    return this.findOne(
      { subjectType, subjectId, kind: kind as Deadline['kind'] },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
    );
  }

  async countOpenByKind(): Promise<{ kind: string; open: number; breached: number }[]> {
    return this.getEntityManager()
      .getConnection()
      .execute<{ kind: string; open: number; breached: number }[]>(
        `select kind, count(*)::int as open,
                count(*) filter (where exists (select 1 from deadline_rung r
                  where r.deadline_id = d.id and r.rung = 'breach' and r.status = 'fired'))::int as breached
           from deadline d where status = 'open' group by kind`,
      );
  }

  /** Open deadlines by kind and region: how many, how many due before `soon`, how many already past due at `now`. */
  overview(now: Date, soon: Date): Promise<DeadlineOverviewRow[]> {
    return this.getEntityManager()
      .getConnection()
      .execute<DeadlineOverviewRow[]>(
        `select kind, coalesce(region_code, '') as "regionCode", count(*)::int as open,
                count(*) filter (where due_at >= ? and due_at < ?)::int as "dueWithin7Days",
                count(*) filter (where due_at < ?)::int as breached
           from deadline where status = 'open' group by kind, region_code order by kind, region_code`,
        [now, soon, now],
      );
  }
}

export interface DeadlineOverviewRow {
  kind: string;
  regionCode: string;
  open: number;
  dueWithin7Days: number;
  breached: number;
}
