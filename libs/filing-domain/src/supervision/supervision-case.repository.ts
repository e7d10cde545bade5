import { EntityRepository } from '@mikro-orm/postgresql';
import type { SupervisionCaseChanged } from '@tuoyu/contracts';
import type { SupervisionCase } from './supervision-case.entity';

export class SupervisionCaseRepository extends EntityRepository<SupervisionCase> {
  /** The latest change wins, whatever order messages arrive in; a redelivery changes nothing. */
  async record(change: SupervisionCaseChanged): Promise<void> {
    await this.getEntityManager().execute(
      `insert into supervision_case
         (id, kind, region_code, reference, institution_name, topic, status, due_on, changed_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do update set
         region_code = excluded.region_code, reference = excluded.reference,
         institution_name = excluded.institution_name, topic = excluded.topic, status = excluded.status,
         due_on = excluded.due_on, changed_at = excluded.changed_at
       where supervision_case.changed_at <= excluded.changed_at`,
      [
        change.caseId,
        change.kind,
        change.regionCode,
        change.reference,
        change.institutionName,
        change.topic,
        change.status,
        change.dueOn,
        new Date(change.changedAt),
      ],
    );
  }

  /** The region's open complaints and incidents, the earliest due first. */
  openIn(regionCode: string): Promise<SupervisionCase[]> {
    return this.find({ regionCode, status: 'open' }, { orderBy: { dueOn: 'asc', reference: 'asc' } });
  }
}
