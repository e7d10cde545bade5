import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { OutboxMessage } from './outbox-message.entity';

export class OutboxMessageRepository extends EntityRepository<OutboxMessage> {
  /**
   * Oldest unsent rows, live ones before bulk ones (an import's backlog does not hold up a sign-in code), locked;
   * SKIP LOCKED lets several relays (replicas) drain side by side.
   */
  claimUnsent(limit: number): Promise<OutboxMessage[]> {
    return this.find(
      { sentAt: null, setAsideAt: null },
      { orderBy: { bulk: 'asc', createdAt: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
  }

  countUnsent(): Promise<number> {
    return this.count({ sentAt: null, setAsideAt: null });
  }

  /** Poison rows for administrators, newest first. */
  listSetAside(limit: number): Promise<OutboxMessage[]> {
    return this.find({ setAsideAt: { $ne: null } }, { orderBy: { setAsideAt: 'desc' }, limit });
  }

  countSetAside(): Promise<number> {
    return this.count({ setAsideAt: { $ne: null } });
  }

  /**
   * Makes rows sent in [since, until) unsent again, so the relay publishes them once more (same job id); returns
   * how many. Set-aside rows stay aside. Consumers are idempotent through their inbox (docs/reliability.md).
   */
  async markUnsentSentBetween(since: Date, until: Date): Promise<number> {
    return this.nativeUpdate({ sentAt: { $gte: since, $lt: until }, setAsideAt: null }, { sentAt: null });
  }

  /** Deletes up to `limit` rows sent before `cutoff` (small batches keep locks and WAL bursts short). */
  async deleteSentBefore(cutoff: Date, limit: number): Promise<number> {
    const result = await this.getEntityManager().execute(
      `delete from outbox_message where id in (
         select id from outbox_message where sent_at is not null and sent_at < ? limit ? for update skip locked)`,
      [cutoff, limit],
      'run',
    );
    return (result as unknown as { affectedRows: number }).affectedRows;
  }

  /** Inbox rows handled before `cutoff`, up to `limit` (the inbox table has no aggregate of its own). */
  async deleteInboxBefore(cutoff: Date, limit: number): Promise<number> {
    const result = await this.getEntityManager().execute(
      `delete from inbox_message where id in (
         select id from inbox_message where handled_at < ? limit ? for update skip locked)`,
      [cutoff, limit],
      'run',
    );
    return (result as unknown as { affectedRows: number }).affectedRows;
  }
}
