import { EntityRepository } from '@mikro-orm/postgresql';
import { regionPrefix } from '@tuoyu/identity';
import type { Complaint } from './complaint.entity';

export interface ComplaintStatisticsRow {
  regionCode: string | null;
  category: string;
  received: number;
  open: number;
  replied: number;
  overdue: number;
  unrouted: number;
}

export class ComplaintRepository extends EntityRepository<Complaint> {
  /** The same contact about the same institution since `since`: a repeated submission, not a new complaint. */
  findRepeat(contact: { email?: string; phone?: string }, institution: string, since: Date): Promise<Complaint | null> {
    const byContact = [
      ...(contact.email ? [{ contactEmail: contact.email }] : []),
      ...(contact.phone ? [{ contactPhone: contact.phone }] : []),
    ];
    if (byContact.length === 0) return Promise.resolve(null);
    return this.findOne(
      {
        $or: byContact,
        $and: [{ $or: [{ institutionName: institution }, { institutionUscc: institution }] }],
        receivedAt: { $gte: since },
      },
      { orderBy: { receivedAt: 'desc' } },
    );
  }

  countOpenIn(regionCode: string): Promise<number> {
    return this.count({ regionCode, status: 'open' });
  }

  /** Counts per region and category; `region` narrows to a region prefix (a department's own). */
  statistics(region: string | undefined, from?: string, to?: string): Promise<ComplaintStatisticsRow[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (region) {
      where.push('region_code like ?');
      params.push(`${regionPrefix(region)}%`);
    }
    if (from) {
      where.push('received_on >= ?');
      params.push(from);
    }
    if (to) {
      where.push('received_on <= ?');
      params.push(to);
    }
    return this.getEntityManager().execute<ComplaintStatisticsRow[]>(
      `select region_code as "regionCode", category, count(*)::int as received,
              count(*) filter (where status = 'open')::int as open,
              count(*) filter (where status = 'replied')::int as replied,
              count(*) filter (where overdue)::int as overdue,
              count(*) filter (where status = 'unrouted')::int as unrouted
         from complaint ${where.length ? `where ${where.join(' and ')}` : ''}
        group by region_code, category order by region_code nulls first, category`,
      params,
    );
  }
}
