import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { DeadlineRung } from './deadline-rung.entity';

export class DeadlineRungRepository extends EntityRepository<DeadlineRung> {
  /**
   * Pending rungs due by `now`, locked; rows another sweeper holds are skipped, not waited for. The partial index
   * on fire_at keeps the cost proportional to what is due, not to what is open.
   */
  claimDue(now: Date, limit: number): Promise<DeadlineRung[]> {
    return this.find(
      { status: 'pending', fireAt: { $lte: now } },
      { orderBy: { fireAt: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
  }

  /**
   * Claims up to `limit` pending rungs due by `until` that have no delayed job yet, marking them queued at `now`
   * in one statement; rows another sweeper holds are skipped, so each rung is queued once.
   */
  async claimUnqueued(until: Date, now: Date, limit: number): Promise<{ id: string; fireAt: Date }[]> {
    const rows = await this.getEntityManager().execute<{ id: string; fire_at: Date }[]>(
      `update deadline_rung set queued_at = ? where id in (
         select id from deadline_rung where status = 'pending' and queued_at is null and fire_at <= ?
          order by fire_at limit ? for update skip locked)
       returning id, fire_at`,
      [now, until, limit],
    );
    return rows.map((row) => ({ id: row.id, fireAt: new Date(row.fire_at) }));
  }

  /** One rung, locked, if it is still pending and due. */
  async claimOne(id: string, now: Date): Promise<DeadlineRung | null> {
    const [rung] = await this.find(
      { id, status: 'pending', fireAt: { $lte: now } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    return rung ?? null;
  }

  /**
   * Rungs a sweeper is firing right now are skipped, not waited for (waiting would deadlock: the sweeper holds
   * the rung and waits for the deadline this caller holds); that sweeper finds the deadline closed and cancels them.
   */
  async cancelPending(deadlineId: string): Promise<number> {
    // In the caller's transaction: a closer that rolls back leaves its rungs pending.
    return this.getEntityManager()
      .execute(
        `update deadline_rung set status = 'cancelled' where id in (
           select id from deadline_rung where deadline_id = ? and status = 'pending' for update skip locked)`,
        [deadlineId],
        'run',
      )
      .then((result) => (result as unknown as { affectedRows: number }).affectedRows);
  }

  /** The deadline's other pending rungs already due: what a catching-up rung competes with (catch-up.ts). */
  otherDue(deadlineId: string, exceptId: string, now: Date): Promise<DeadlineRung[]> {
    return this.find({ deadline: deadlineId, status: 'pending', fireAt: { $lte: now }, id: { $ne: exceptId } });
  }

  deletePending(deadlineId: string): Promise<number> {
    return this.nativeDelete({ deadline: deadlineId, status: 'pending' });
  }

  listFor(deadlineIds: string[]): Promise<DeadlineRung[]> {
    return this.find({ deadline: { $in: deadlineIds } }, { orderBy: { fireAt: 'asc' } });
  }
}
