import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { Principal, regionContains } from '@tuoyu/identity';
import { ConflictError, InvalidInputError, NotFoundError } from '@tuoyu/kernel';
import { Ban } from '../bans/ban.entity';
import { INCIDENT_SUBJECT } from '../deadlines/evaluation-deadline-subjects';
import { actingRegion } from '../evaluation-scope';
import { InspectionCommand, InspectionOutcome } from '../inspection/inspection-command';
import { InspectionService } from '../inspection/inspection.service';
import { IncidentConclusion } from './incident-command';
import { Incident } from './incident.entity';
import { SupervisionFeed } from '../supervision/supervision-feed';
import { IncidentView, toIncidentView } from './incident-view';

/** The department's follow-up (调查处理): an inspection (and so rectification), bans where they apply, conclusion. */
@Injectable()
export class IncidentFollowUpService {
  private readonly logger = new Logger(IncidentFollowUpService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly scheduler: DeadlineScheduler,
    private readonly inspections: InspectionService,
    private readonly feed: SupervisionFeed,
    private readonly audit: AuditTrail,
  ) {}

  inspect(id: string, command: InspectionCommand, principal: Principal): Promise<InspectionOutcome> {
    return this.em.fork().transactional(async (em) => {
      const incident = await this.openForDepartment(em, id, principal);
      const outcome = await this.inspections.recordIn(em, incident.subjectId, command, principal);
      incident.inspectionId = outcome.inspectionId;
      incident.rectificationOrderId = outcome.rectificationOrder?.id ?? incident.rectificationOrderId;
      return outcome;
    });
  }

  /** Concludes the investigation and meets the follow-up deadline; bans named must be this region's records. */
  conclude(id: string, conclusion: IncidentConclusion, principal: Principal): Promise<IncidentView> {
    return this.em.fork().transactional(async (em) => {
      await this.scheduler.hold(em, { type: INCIDENT_SUBJECT, id }, 'incident_follow_up');
      const incident = await this.openForDepartment(em, id, principal);
      const banIds = [...new Set(conclusion.banIds ?? [])];
      const bans = banIds.length ? await em.find(Ban, { id: { $in: banIds }, regionCode: incident.regionCode }) : [];
      const unknown = banIds.filter((banId) => !bans.some((b) => b.id === banId));
      if (unknown.length) {
        throw new InvalidInputError(`Unknown bans: ${unknown.join(', ')}`, [
          { field: 'banIds', code: 'unknown', message: `no ban of this region has the id ${unknown.join(', ')}` },
        ]);
      }
      incident.conclusion = conclusion.conclusion;
      incident.banIds = banIds;
      incident.concludedOn = localDateAt(this.clock.now());
      incident.status = 'concluded';
      this.feed.incident(em, incident);
      const subject = { type: INCIDENT_SUBJECT, id, regionCode: incident.regionCode };
      await this.scheduler.meet(em, subject, 'incident_follow_up');
      this.audit.record(em, 'incident.conclude', `incident:${incident.id}`, { banIds });
      this.logger.log(`incident ${id} concluded`);
      return toIncidentView(incident);
    });
  }

  private async openForDepartment(em: EntityManager, id: string, principal: Principal): Promise<Incident> {
    const region = actingRegion(principal);
    const incident = await em.findOne(Incident, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!incident || !regionContains(region, incident.regionCode)) {
      throw new NotFoundError(`Incident ${id} does not exist in your region`);
    }
    if (incident.status !== 'open') throw new ConflictError(`Incident ${id} is already concluded`);
    return incident;
  }
}
