import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import type { Incident } from './incident.entity';

export class IncidentRepository extends EntityRepository<Incident> {
  /**
   * Incidents past their report limit with no institution report and no flag yet, locked (SKIP LOCKED: replicas
   * watch side by side). Only the department's records can be unreported: an institution's own is its report.
   */
  claimUnreportedDue(now: Date, limit: number): Promise<Incident[]> {
    return this.find(
      { reportedAt: null, notReported: false, reportDueAt: { $lte: now } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit, orderBy: { reportDueAt: 'asc' } },
    );
  }

  /** The department's unreported record of this incident, if it has one: the institution's report completes it. */
  findUnreportedRecord(subjectId: string, kind: string, occurredAt: Date): Promise<Incident | null> {
    const day = 24 * 3600_000;
    return this.findOne(
      {
        subjectId,
        kind: kind as Incident['kind'],
        reportedAt: null,
        occurredAt: { $gte: new Date(occurredAt.getTime() - day), $lte: new Date(occurredAt.getTime() + day) },
      },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc' } },
    );
  }

  countOpenIn(regionCode: string): Promise<number> {
    return this.count({ regionCode, status: 'open' });
  }
}
