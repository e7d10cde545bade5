import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { Handoff } from './handoff.entity';

export class HandoffRepository extends EntityRepository<Handoff> {
  /** Handoffs waiting for the region's department to exist. */
  held(regionCode: string): Promise<Handoff[]> {
    return this.find({ regionCode, sharedAt: null }, { populate: ['filingCase'], orderBy: { receivedAt: 'asc' } });
  }

  /**
   * Shared, unacknowledged handoffs under the region prefix whose lease is free or expired, locked; rows another
   * reader is leasing right now are skipped, so two readers never get the same handoff.
   */
  claimOffers(regionPrefix: string, now: Date, limit: number): Promise<Handoff[]> {
    return this.find(
      {
        regionCode: { $like: `${regionPrefix}%` },
        sharedAt: { $ne: null },
        acknowledgedAt: null,
        $or: [{ leasedUntil: null }, { leasedUntil: { $lte: now } }],
      },
      { orderBy: { sharedAt: 'asc', id: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
  }
}
