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

  /** One rung, locked, if it is still pending and due. */
  async claimOne(id: string, now: Date): Promise<DeadlineRung | null> {
    const [rung] = await this.find(
      { id, status: 'pending', fireAt: { $lte: now } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    return rung ?? null;
  }

  async cancelPending(deadlineId: string): Promise<number> {
    return this.nativeUpdate({ deadline: deadlineId, status: 'pending' }, { status: 'cancelled' });
  }

  deletePending(deadlineId: string): Promise<number> {
    return this.nativeDelete({ deadline: deadlineId, status: 'pending' });
  }

  listFor(deadlineIds: string[]): Promise<DeadlineRung[]> {
    return this.find({ deadline: { $in: deadlineIds } }, { orderBy: { fireAt: 'asc' } });
  }
}
