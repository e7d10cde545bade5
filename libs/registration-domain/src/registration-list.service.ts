import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { shanghaiIso } from '@tuoyu/deadlines';
import { Principal, regionContains, regionPrefix } from '@tuoyu/identity';
import { ForbiddenError } from '@tuoyu/kernel';
import { SharingDuty, type SharingDutyStatus } from './sharing-duty.entity';

/** One row of an authority's registration list: who, when approved, and where the sharing duty (30 days) stands. */
export interface RegistrationListItem {
  id: string;
  uscc: string;
  name: string;
  regionCode: string;
  authorityKind: string;
  approvedOn: string;
  status: string;
  sharing: { dueOn: string; dueAt: string; status: SharingDutyStatus; deliveredAt: string | null };
}

/** Lists registrations within what the caller may see: an authority its region, an administrator every region. */
@Injectable()
export class RegistrationListService {
  constructor(private readonly em: EntityManager) {}

  async list(query: { region?: string; limit?: number }, principal: Principal): Promise<RegistrationListItem[]> {
    const scope = principal.role === 'admin' ? undefined : principal.region;
    if (principal.role !== 'admin' && !scope) throw new ForbiddenError('An authority token must carry its region');
    if (query.region && scope && !regionContains(scope, query.region)) {
      throw new ForbiddenError(`Region ${query.region} is outside your region ${scope}`);
    }
    const region = query.region ?? scope;
    const duties = await this.em
      .fork()
      .getRepository(SharingDuty)
      .listInRegion(region ? regionPrefix(region) : undefined, Math.min(query.limit ?? 100, 500));
    return duties.map((duty) => this.toItem(duty));
  }

  private toItem(duty: SharingDuty): RegistrationListItem {
    const registration = duty.registration;
    return {
      id: registration.id,
      uscc: registration.uscc,
      name: registration.name,
      regionCode: registration.regionCode,
      authorityKind: registration.authorityKind,
      approvedOn: registration.approvedOn,
      status: registration.status,
      sharing: {
        dueOn: duty.dueOn,
        dueAt: shanghaiIso(duty.dueAt),
        status: duty.status,
        deliveredAt: duty.deliveredAt ? shanghaiIso(duty.deliveredAt) : null,
      },
    };
  }
}
