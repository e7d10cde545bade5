import { EntityRepository } from '@mikro-orm/postgresql';
import type { Department } from './department.entity';

export class DepartmentRepository extends EntityRepository<Department> {
  forRegion(regionCode: string): Promise<Department | null> {
    return this.findOne({ regionCode });
  }
}
