import { EntityRepository } from '@mikro-orm/postgresql';
import type { Handoff } from './handoff.entity';

export class HandoffRepository extends EntityRepository<Handoff> {
  /** Handoffs waiting for the region's department to exist. */
  held(regionCode: string): Promise<Handoff[]> {
    return this.find({ regionCode, sharedAt: null }, { populate: ['filingCase'], orderBy: { receivedAt: 'asc' } });
  }
}
