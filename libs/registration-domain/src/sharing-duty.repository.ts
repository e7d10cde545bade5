import { EntityRepository } from '@mikro-orm/postgresql';
import type { SharingDuty } from './sharing-duty.entity';

export class SharingDutyRepository extends EntityRepository<SharingDuty> {
  /** As the database has it now (refresh): read after a lock, it must not be a copy loaded before the lock. */
  findByRegistration(registrationId: string): Promise<SharingDuty | null> {
    return this.findOne({ registration: registrationId }, { populate: ['registration'], refresh: true });
  }

  /** These registrations' duties, by registration id. */
  async byRegistration(registrationIds: string[]): Promise<Map<string, SharingDuty>> {
    const duties = await this.find({ registration: { $in: registrationIds } });
    return new Map(duties.map((duty) => [duty.registration.id, duty]));
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
