import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { DepartmentDutyHandler, DutyCase } from '../deadlines/department-duty.handler';
import { INCIDENT_SUBJECT } from '../deadlines/evaluation-deadline-subjects';
import { EvaluationLinks } from '../evaluation-links';
import { INCIDENT_KINDS } from './incident-kinds';
import { Incident } from './incident.entity';

/** The department's follow-up of an incident: reminded, then escalated to administrators when it lapses. */
@Injectable()
export class IncidentDeadlineHandler extends DepartmentDutyHandler {
  readonly subjectType = INCIDENT_SUBJECT;

  constructor(
    config: AppConfig,
    private readonly links: EvaluationLinks,
  ) {
    super(config);
  }

  protected async caseOf(em: EntityManager, deadline: Deadline): Promise<DutyCase> {
    const incident = await em.findOneOrFail(Incident, deadline.subjectId);
    return {
      subjectName: incident.institutionName,
      uscc: incident.uscc,
      duty: `安全事故调查处理：${INCIDENT_KINDS[incident.kind]} (incident follow-up)`,
      caseUrl: this.links.incident(incident.id),
      departmentEmail: incident.departmentEmail,
    };
  }

  // The incident stays open: the lapse is the escalation's to act on, not a change of the incident's facts.
  protected onBreach(): Promise<void> {
    return Promise.resolve();
  }

  protected async onMoved(em: EntityManager, deadline: Deadline): Promise<void> {
    (await em.findOneOrFail(Incident, deadline.subjectId)).followUpDueOn = deadline.dueOn;
  }
}
