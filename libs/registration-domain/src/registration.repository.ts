import { EntityRepository } from '@mikro-orm/postgresql';
import type { Registration } from './registration.entity';

export class RegistrationRepository extends EntityRepository<Registration> {
  findByUscc(uscc: string): Promise<Registration | null> {
    return this.findOne({ uscc });
  }
}
