import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { Deadline } from './deadline.entity';

export class DeadlineRepository extends EntityRepository<Deadline> {
  findForSubject(subjectType: string, subjectId: string, kind: string, lock = false): Promise<Deadline | null> {
    return this.findOne(
      { subjectType, subjectId, kind: kind as Deadline['kind'] },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
    );
  }

  /**
   * Open deadlines by kind and region: how many and how many breached (the counts the triggers keep), and how
   * many fall due in [now, soon) (an index range: what is due soon, not everything open).
   */
  overview(now: Date, soon: Date): Promise<DeadlineOverviewRow[]> {
    return this.getEntityManager()
      .getConnection()
      .execute<DeadlineOverviewRow[]>(
        `with counted as (
           select kind, region_code, sum(open)::int as open, sum(breached)::int as breached
             from deadline_count group by kind, region_code having sum(open) <> 0),
         soon as (
           select kind, coalesce(region_code, '') as region_code, count(*)::int as due
             from deadline where status = 'open' and due_at >= ? and due_at < ? group by kind, region_code)
         select c.kind, c.region_code as "regionCode", c.open, coalesce(s.due, 0) as "dueWithin7Days", c.breached
           from counted c left join soon s on s.kind = c.kind and s.region_code = c.region_code
          order by c.kind, c.region_code`,
        [now, soon],
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
