import { EntityRepository } from '@mikro-orm/postgresql';
import type { SharingDuty } from './sharing-duty.entity';

export class SharingDutyRepository extends EntityRepository<SharingDuty> {
  findByRegistration(registrationId: string): Promise<SharingDuty | null> {
    return this.findOne({ registration: registrationId }, { populate: ['registration'] });
  }
}
