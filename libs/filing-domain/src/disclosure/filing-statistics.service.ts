import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Principal, regionContains, regionPrefix } from '@tuoyu/identity';
import { ForbiddenError } from '@tuoyu/kernel';
import { FILING_STATUSES, FilingStatus } from '../case/filing-transitions';

export interface FilingFigures {
  region: string | null;
  institutionsByStatus: Record<FilingStatus, number>;
  /** Places (托位) of filed institutions, and of every institution not closed. */
  places: { filed: number; registered: number };
  inclusive: { filed: number; share: number | null };
  overdue: { filings: number; corrections: number };
  population: number | null;
  placesPer1000Residents: number | null;
}

/** Per-region figures for departments (their region) and administrators (any region, or all). */
@Injectable()
export class FilingStatistics {
  constructor(private readonly em: EntityManager) {}

  async forRegion(region: string | undefined, principal: Principal): Promise<FilingFigures> {
    if (principal.role === 'department') {
      if (region && !regionContains(principal.region!, region)) {
        throw new ForbiddenError(`Region ${region} is outside your region ${principal.region}`);
      }
      region ??= principal.region;
    }
    const like = region ? `${regionPrefix(region)}%` : '%';
    const connection = this.em.fork().getConnection();
    const rows = await connection.execute<{ status: FilingStatus; n: number; places: number; inclusive: number }[]>(
      `select status, count(*)::int as n, coalesce(sum(capacity), 0)::int as places,
              count(*) filter (where inclusive)::int as inclusive
         from filing_case where region_code like ? group by status`,
      [like],
    );
    const [corrections] = await connection.execute<{ n: number }[]>(
      `select count(*)::int as n from deadline d
        where d.kind = 'correction' and d.status = 'open' and d.region_code like ?
          and exists (select 1 from deadline_rung r where r.deadline_id = d.id and r.rung = 'breach' and r.status = 'fired')`,
      [like],
    );
    const [population] = await connection.execute<{ total: number | null }[]>(
      `select sum(population)::int as total from department where region_code like ?`,
      [like],
    );
    const byStatus = Object.fromEntries(FILING_STATUSES.map((s) => [s, 0])) as Record<FilingStatus, number>;
    for (const row of rows) byStatus[row.status] = row.n;
    const filed = rows.find((r) => r.status === 'filed');
    const filedPlaces = filed?.places ?? 0;
    const registered = rows.filter((r) => r.status !== 'closed').reduce((sum, r) => sum + r.places, 0);
    const residents = population?.total ?? null;
    return {
      region: region ?? null,
      institutionsByStatus: byStatus,
      places: { filed: filedPlaces, registered },
      inclusive: { filed: filed?.inclusive ?? 0, share: filed?.n ? round(filed.inclusive / filed.n) : null },
      overdue: { filings: byStatus.overdue, corrections: corrections?.n ?? 0 },
      population: residents,
      placesPer1000Residents: residents ? round((filedPlaces / residents) * 1000) : null,
    };
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
