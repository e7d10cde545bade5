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
}
