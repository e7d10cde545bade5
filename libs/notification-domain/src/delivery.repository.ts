import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { NotificationRequested } from '@tuoyu/contracts';
import type { Delivery, DeliveryStatus } from './delivery.entity';

export interface DeliverySearch {
  recipient?: string;
  key?: string;
  status?: DeliveryStatus;
  /** Only deliveries with an attempt whose outcome is unknown (the sender died inside the SMTP conversation). */
  ambiguous?: boolean;
  limit: number;
}

/** What an attempt's outcome writes on its row (after the SMTP conversation). */
export type DeliveryOutcomePatch = Pick<Delivery, 'status'> & Partial<Pick<Delivery, 'sentAt' | 'lastError'>>;

/** A delivery row as a request first writes it. */
export type ClaimedRow = Omit<
  Delivery,
  'sentAt' | 'subject' | 'lastError' | 'claimedUntil' | 'ambiguousAttempts' | 'request'
> & { request: NotificationRequested };

export class DeliveryRepository extends EntityRepository<Delivery> {
  /**
   * The common case in one statement (no transaction around it): a new key, or one waiting for its retry, becomes
   * attempt n+1 under a lease. Null when the row is sending, sent or failed: the caller decides under `claim`'s lock.
   * ON CONFLICT … DO UPDATE locks the row and re-checks the WHERE on its latest version, so two racing claims
   * cannot both win.
   */
  async claimAttempt(row: ClaimedRow, subject: string, claimedUntil: Date): Promise<Delivery | null> {
    const em = this.getEntityManager();
    const [claimed] = await em.execute<Record<string, unknown>[]>(
      `insert into delivery (idempotency_key, message_id, recipients, template, locale, status, attempts, subject,
                             created_at, claimed_until, ambiguous_attempts, request)
       values (?, ?, ?, ?, ?, 'sending', 1, ?, ?, ?, 0, ?)
       on conflict (idempotency_key) do update
         set status = 'sending', attempts = delivery.attempts + 1, subject = excluded.subject,
             claimed_until = excluded.claimed_until
         where delivery.status = 'pending'
       returning *`,
      [
        row.idempotencyKey,
        row.messageId,
        JSON.stringify(row.recipients),
        row.template,
        row.locale,
        subject,
        row.createdAt,
        claimedUntil,
        JSON.stringify(row.request),
      ],
    );
    return claimed ? this.map(claimed) : null;
  }

  /** Writes the row if the key is new, then locks it: concurrent requests for one key queue here. */
  async claim(row: ClaimedRow): Promise<Delivery> {
    await this.createQueryBuilder()
      .insert({ ...row, ambiguousAttempts: 0 })
      .onConflict('idempotency_key')
      .ignore()
      .execute('run');
    return this.findOneOrFail(
      { idempotencyKey: row.idempotencyKey },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  /**
   * Records attempt `attempt`'s outcome, only while that attempt still holds the row (status sending, same
   * attempt number): an attempt taken over after its lease ran out must not overwrite its successor's outcome.
   */
  async recordOutcome(key: string, attempt: number, patch: DeliveryOutcomePatch): Promise<boolean> {
    const updated = await this.nativeUpdate(
      { idempotencyKey: key, status: 'sending', attempts: attempt },
      {
        ...patch,
        lastError: patch.lastError ?? null,
        claimedUntil: null,
      },
    );
    return updated > 0;
  }

  /**
   * Unfinished deliveries (waiting for a retry, or an attempt under way) after `afterKey`, by key, up to `limit`:
   * their next attempt was a job in Redis. Rows from before the request was kept cannot be put back.
   */
  listUnfinished(afterKey: string, limit: number): Promise<Delivery[]> {
    return this.find(
      { status: { $in: ['pending', 'sending'] }, request: { $ne: null }, idempotencyKey: { $gt: afterKey } },
      { orderBy: { idempotencyKey: 'asc' }, limit },
    );
  }

  /** Newest first. A recipient matches any address of a delivery, ignoring case (mailboxes are compared so). */
  async search({ recipient, key, status, ambiguous, limit }: DeliverySearch): Promise<Delivery[]> {
    const qb = this.createQueryBuilder('d')
      .select('*')
      .orderBy({ createdAt: 'desc', idempotencyKey: 'asc' })
      .limit(limit);
    if (key) qb.andWhere({ idempotencyKey: key });
    if (status) qb.andWhere({ status });
    if (ambiguous !== undefined) qb.andWhere({ ambiguousAttempts: ambiguous ? { $gt: 0 } : 0 });
    if (recipient) {
      qb.andWhere(
        'exists (select 1 from jsonb_array_elements_text(d.recipients) as r(address) where lower(r.address) = lower(?))',
        [recipient],
      );
    }
    return qb.getResultList();
  }
}
