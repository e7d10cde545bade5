import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { shanghaiIso } from '@tuoyu/deadlines';
import { ApiKeyScope, ApiKeyVerifier, Principal } from '@tuoyu/identity';
import { NotFoundError } from '@tuoyu/kernel';
import { Department } from '../department.entity';
import { DepartmentApiKey } from './department-api-key.entity';

export interface ApiKeyView {
  id: string;
  regionCode: string;
  label: string;
  scopes: ApiKeyScope[];
  prefix: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Recognisable in a leaked file or a secret scanner; the rest is 256 random bits. */
const KEY_PREFIX = 'tyk_';

const hashOf = (key: string): string => createHash('sha256').update(key).digest('hex');

function toView(key: DepartmentApiKey): ApiKeyView {
  return {
    id: key.id,
    regionCode: key.regionCode,
    label: key.label,
    scopes: key.scopes,
    prefix: key.prefix,
    createdBy: key.createdBy,
    createdAt: shanghaiIso(key.createdAt),
    revokedAt: key.revokedAt ? shanghaiIso(key.revokedAt) : null,
  };
}

/** Per-department API keys for the inbox: created (shown once), listed, revoked by administrators. */
@Injectable()
export class DepartmentApiKeys extends ApiKeyVerifier {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {
    super();
  }

  create(
    regionCode: string,
    entry: { label: string; scopes: ApiKeyScope[] },
    actor: Principal,
  ): Promise<ApiKeyView & { key: string }> {
    return this.em.fork().transactional(async (em) => {
      if (!(await em.getRepository(Department).forRegion(regionCode))) {
        throw new NotFoundError(`No department is registered for region ${regionCode}`);
      }
      const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
      const row = em.create(DepartmentApiKey, {
        id: randomUUID(),
        regionCode,
        label: entry.label,
        scopes: [...new Set(entry.scopes)],
        keyHash: hashOf(key),
        prefix: key.slice(0, 12),
        createdBy: actor.subject ?? actor.role,
        createdAt: this.clock.now(),
      });
      this.audit.record(em, 'api_key.create', `api_key:${row.id}`, {
        regionCode,
        scopes: row.scopes,
        label: row.label,
      });
      await em.flush();
      return { ...toView(row), key };
    });
  }

  async list(regionCode: string): Promise<ApiKeyView[]> {
    return (await this.em.fork().getRepository(DepartmentApiKey).ofRegion(regionCode)).map(toView);
  }

  /** Idempotent: revoking a revoked key keeps its first revocation time. */
  revoke(regionCode: string, id: string): Promise<ApiKeyView> {
    return this.em.fork().transactional(async (em) => {
      const key = await em.getRepository(DepartmentApiKey).inRegion(regionCode, id);
      if (!key) throw new NotFoundError(`API key ${id} is not one of region ${regionCode}`);
      if (!key.revokedAt) {
        key.revokedAt = this.clock.now();
        this.audit.record(em, 'api_key.revoke', `api_key:${key.id}`, { regionCode });
      }
      return toView(key);
    });
  }

  override async verify(key: string): Promise<{ principal: Principal; scopes: ApiKeyScope[] } | undefined> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 100) return undefined;
    const found = await this.em.fork().getRepository(DepartmentApiKey).activeByHash(hashOf(key));
    if (!found) return undefined;
    return {
      principal: { role: 'department', region: found.regionCode, subject: `api-key:${found.id}` },
      scopes: found.scopes,
    };
  }
}
