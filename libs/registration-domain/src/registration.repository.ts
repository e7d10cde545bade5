import { EntityRepository } from '@mikro-orm/postgresql';
import type { Registration } from './registration.entity';

/** Registration's queries (a duplicate USCC is refused by the table's unique key, not looked up first). */
export class RegistrationRepository extends EntityRepository<Registration> {}
