import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Deadline } from '@tuoyu/deadlines';
import { DepartmentDutyHandler, DutyCase } from '../deadlines/department-duty.handler';
import { COMPLAINT_SUBJECT } from '../deadlines/evaluation-deadline-subjects';
import { EvaluationLinks } from '../evaluation-links';
import { Complaint } from './complaint.entity';

/** The handling clock of a complaint (12345: 15 working days): the department is reminded, administrators escalated to. */
@Injectable()
export class ComplaintDeadlineHandler extends DepartmentDutyHandler {
  readonly subjectType = COMPLAINT_SUBJECT;

  constructor(
    config: AppConfig,
    private readonly links: EvaluationLinks,
  ) {
    super(config);
  }

  protected async caseOf(em: EntityManager, deadline: Deadline): Promise<DutyCase> {
    const complaint = await em.findOneOrFail(Complaint, deadline.subjectId);
    return {
      subjectName: `${complaint.institutionName.slice(0, 150)}（投诉 ${complaint.reference}）`,
      uscc: complaint.institutionUscc,
      duty: `投诉举报办理 (complaint handling${complaint.hotlineCaseNumber ? `, 12345 ${complaint.hotlineCaseNumber}` : ''})`,
      caseUrl: this.links.complaint(complaint.id),
      departmentEmail: complaint.departmentEmail,
    };
  }

  protected async onBreach(em: EntityManager, deadline: Deadline): Promise<void> {
    const complaint = await em.findOneOrFail(Complaint, deadline.subjectId);
    if (complaint.status === 'open') complaint.overdue = true;
  }

  protected async onMoved(em: EntityManager, deadline: Deadline): Promise<void> {
    (await em.findOneOrFail(Complaint, deadline.subjectId)).dueOn = deadline.dueOn;
  }
}
