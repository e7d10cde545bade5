import { EntityRepository } from '@mikro-orm/postgresql';
import type { DepartmentApiKey } from './department-api-key.entity';

export class DepartmentApiKeyRepository extends EntityRepository<DepartmentApiKey> {
  ofRegion(regionCode: string): Promise<DepartmentApiKey[]> {
    return this.find({ regionCode }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  activeByHash(keyHash: string): Promise<DepartmentApiKey | null> {
    return this.findOne({ keyHash, revokedAt: null });
  }

  inRegion(regionCode: string, id: string): Promise<DepartmentApiKey | null> {
    return this.findOne({ regionCode, id });
  }
}
