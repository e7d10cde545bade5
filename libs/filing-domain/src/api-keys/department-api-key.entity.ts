import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import type { ApiKeyScope } from '@tuoyu/identity';
import { DepartmentApiKeyRepository } from './department-api-key.repository';

/**
 * A county department system's credential for its inbox. Only the SHA-256 of the key is kept: the key is shown
 * once at creation and cannot be read back. Revoked keys stay listed (who had access, until when).
 */
@Entity({ tableName: 'department_api_key', repository: () => DepartmentApiKeyRepository })
export class DepartmentApiKey {
  [EntityRepositoryType]?: DepartmentApiKeyRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 6, index: 'department_api_key_region_idx' })
  regionCode: string;

  @Property({ type: 'string', length: 100 })
  label: string;

  @Property({ type: 'text[]' })
  scopes: ApiKeyScope[];

  /** Hex SHA-256 of the whole key: keys are 256 random bits, so a fast hash cannot be guessed back. */
  @Property({ type: 'string', length: 64, unique: 'department_api_key_hash_unique', hidden: true })
  keyHash: string;

  /** The first characters of the key, so an administrator can tell keys apart. */
  @Property({ type: 'string', length: 16 })
  prefix: string;

  @Property({ type: 'string', length: 200 })
  createdBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
