import { EntityRepository } from '@mikro-orm/postgresql';
import type { SharingDuty } from './sharing-duty.entity';

export class SharingDutyRepository extends EntityRepository<SharingDuty> {
  findByRegistration(registrationId: string): Promise<SharingDuty | null> {
    return this.findOne({ registration: registrationId }, { populate: ['registration'] });
  }

  /** The newest registrations within a region code prefix (every region without one), with their duties. */
  listInRegion(regionPrefix: string | undefined, limit: number): Promise<SharingDuty[]> {
    return this.find(regionPrefix ? { registration: { regionCode: { $like: `${regionPrefix}%` } } } : {}, {
      populate: ['registration'],
      orderBy: { registration: { createdAt: 'desc', id: 'asc' } },
      limit,
    });
  }
}
