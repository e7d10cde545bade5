import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { Delivery, DeliveryStatus } from './delivery.entity';

export interface DeliverySearch {
  recipient?: string;
  key?: string;
  status?: DeliveryStatus;
  limit: number;
}

export class DeliveryRepository extends EntityRepository<Delivery> {
  /** Writes the row if the key is new, then locks it: concurrent requests for one key queue here. */
  async claim(row: Omit<Delivery, 'sentAt' | 'subject' | 'lastError'>): Promise<Delivery> {
    await this.createQueryBuilder().insert(row).onConflict('idempotency_key').ignore().execute('run');
    return this.findOneOrFail(
      { idempotencyKey: row.idempotencyKey },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  /** Newest first. A recipient matches any address of a delivery, ignoring case (mailboxes are compared so). */
  async search({ recipient, key, status, limit }: DeliverySearch): Promise<Delivery[]> {
    const qb = this.createQueryBuilder('d')
      .select('*')
      .orderBy({ createdAt: 'desc', idempotencyKey: 'asc' })
      .limit(limit);
    if (key) qb.andWhere({ idempotencyKey: key });
    if (status) qb.andWhere({ status });
    if (recipient) {
      qb.andWhere(
        'exists (select 1 from jsonb_array_elements_text(d.recipients) as r(address) where lower(r.address) = lower(?))',
        [recipient],
      );
    }
    return qb.getResultList();
  }
}
