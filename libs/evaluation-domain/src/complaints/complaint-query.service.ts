import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Principal, regionContains, regionPrefix } from '@tuoyu/identity';
import { ForbiddenError, NotFoundError } from '@tuoyu/kernel';
import { readableRegion } from '../evaluation-scope';
import { ComplaintStatus } from './complaint-categories';
import { Complaint } from './complaint.entity';
import { ComplaintStatisticsRow } from './complaint.repository';
import { ComplaintView, toComplaintView, toPublicComplaintView } from './complaint-view';

/** Reads: a department its region's complaints, an administrator every one (unrouted ones too), the public by reference. */
@Injectable()
export class ComplaintQueryService {
  constructor(private readonly em: EntityManager) {}

  async list(query: { region?: string; status?: ComplaintStatus; limit?: number }, principal: Principal) {
    const region = this.regionFor(query.region, principal);
    const complaints = await this.em.fork().find(
      Complaint,
      {
        ...(region ? { regionCode: { $like: `${regionPrefix(region)}%` } } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      { orderBy: { receivedAt: 'desc' }, limit: query.limit ?? 100 },
    );
    return complaints.map(toComplaintView);
  }

  async get(id: string, principal: Principal): Promise<ComplaintView> {
    const complaint = await this.em.fork().findOne(Complaint, id);
    const scope = readableRegion(principal);
    const visible = complaint && (!scope || (complaint.regionCode && regionContains(scope, complaint.regionCode)));
    if (!visible) throw new NotFoundError(`Complaint ${id} does not exist in your region`);
    return toComplaintView(complaint);
  }

  async lookup(reference: string) {
    const complaint = await this.em.fork().findOne(Complaint, { reference });
    if (!complaint) throw new NotFoundError(`No complaint has the reference ${reference}`);
    return toPublicComplaintView(complaint);
  }

  statistics(
    query: { region?: string; from?: string; to?: string },
    principal: Principal,
  ): Promise<ComplaintStatisticsRow[]> {
    const region = this.regionFor(query.region, principal);
    return this.em.fork().getRepository(Complaint).statistics(region, query.from, query.to);
  }

  private regionFor(region: string | undefined, principal: Principal): string | undefined {
    const scope = readableRegion(principal);
    if (region && scope && !regionContains(scope, region)) {
      throw new ForbiddenError(`Region ${region} is outside your region ${scope}`);
    }
    return region ?? scope;
  }
}
