import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { Delivery } from './delivery.entity';

export class DeliveryRepository extends EntityRepository<Delivery> {
  /** Writes the row if the key is new, then locks it: concurrent requests for one key queue here. */
  async claim(row: Omit<Delivery, 'sentAt' | 'subject' | 'lastError'>): Promise<Delivery> {
    await this.createQueryBuilder().insert(row).onConflict('idempotency_key').ignore().execute('run');
    return this.findOneOrFail(
      { idempotencyKey: row.idempotencyKey },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }
}
