import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Principal, regionContains, regionPrefix } from '@tuoyu/identity';
import { ForbiddenError, NotFoundError } from '@tuoyu/kernel';
import { IncidentStatus } from './incident-kinds';
import { Incident } from './incident.entity';
import { IncidentView, toIncidentView } from './incident-view';

/** A department reads its region's incidents, an institution its own, an administrator every one. */
@Injectable()
export class IncidentQueryService {
  constructor(private readonly em: EntityManager) {}

  async list(query: { region?: string; status?: IncidentStatus; limit?: number }, principal: Principal) {
    const incidents = await this.em
      .fork()
      .find(
        Incident,
        { ...this.scopeOf(query.region, principal), ...(query.status ? { status: query.status } : {}) },
        { orderBy: { occurredAt: 'desc' }, limit: query.limit ?? 100 },
      );
    return incidents.map(toIncidentView);
  }

  async get(id: string, principal: Principal): Promise<IncidentView> {
    const incident = await this.em.fork().findOne(Incident, { id, ...this.scopeOf(undefined, principal) });
    if (!incident) throw new NotFoundError(`Incident ${id} does not exist for you`);
    return toIncidentView(incident);
  }

  private scopeOf(region: string | undefined, principal: Principal) {
    if (principal.role === 'institution' && principal.uscc) return { uscc: principal.uscc };
    if (principal.role === 'admin') return region ? { regionCode: { $like: `${regionPrefix(region)}%` } } : {};
    if (principal.role !== 'department' || !principal.region) {
      throw new ForbiddenError('Only a department, an administrator or the institution itself reads incidents');
    }
    if (region && !regionContains(principal.region, region)) {
      throw new ForbiddenError(`Region ${region} is outside your region ${principal.region}`);
    }
    return { regionCode: { $like: `${regionPrefix(region ?? principal.region)}%` } };
  }
}
