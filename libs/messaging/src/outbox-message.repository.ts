import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { OutboxMessage } from './outbox-message.entity';

export class OutboxMessageRepository extends EntityRepository<OutboxMessage> {
  /** Oldest unsent rows, locked; SKIP LOCKED lets several relays (replicas) drain side by side. */
  claimUnsent(limit: number): Promise<OutboxMessage[]> {
    return this.find(
      { sentAt: null },
      { orderBy: { createdAt: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
  }

  countUnsent(): Promise<number> {
    return this.count({ sentAt: null });
  }
}
