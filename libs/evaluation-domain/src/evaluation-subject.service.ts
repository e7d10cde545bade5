import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { FilingAccepted } from '@tuoyu/contracts';
import { DeadlineScheduler } from '@tuoyu/deadlines';
import { EVALUATION_SUBJECT } from './deadlines/evaluation-deadline-subjects';
import { EvaluationSubject } from './evaluation-subject.entity';

@Injectable()
export class EvaluationSubjectService {
  constructor(
    private readonly clock: Clock,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  /**
   * A filed institution becomes subject to evaluation: its first quality evaluation and its first supervision
   * inspection are due from the filing date. A repeated acceptance finds the existing subject and its schedule.
   */
  async openFromFiling(em: EntityManager, accepted: FilingAccepted): Promise<EvaluationSubject> {
    const existing = await em.getRepository(EvaluationSubject).findByFilingCase(accepted.filingCaseId);
    if (existing) return this.refreshContacts(existing, accepted);
    const subject = em.create(EvaluationSubject, {
      id: randomUUID(),
      filingCaseId: accepted.filingCaseId,
      uscc: accepted.uscc,
      name: accepted.name,
      regionCode: accepted.regionCode,
      filedOn: accepted.filedOn,
      contactEmail: accepted.contactEmail,
      address: accepted.address,
      departmentName: accepted.departmentName,
      departmentEmail: accepted.departmentEmail,
      createdAt: this.clock.now(),
    });
    const deadlineSubject = { type: EVALUATION_SUBJECT, id: subject.id, regionCode: subject.regionCode };
    const history = accepted.history;
    if (history) {
      // An imported institution: an evaluation already published is met; inspections continue from the last one.
      this.scheduler.openImported(em, deadlineSubject, 'quality_evaluation', accepted.filedOn, history.evaluatedOn);
      const lastInspection = history.lastInspectionOn ?? accepted.filedOn;
      this.scheduler.openImported(em, deadlineSubject, 'supervision_inspection', lastInspection);
      return subject;
    }
    await this.scheduler.open(em, deadlineSubject, 'quality_evaluation', accepted.filedOn);
    await this.scheduler.open(em, deadlineSubject, 'supervision_inspection', accepted.filedOn);
    return subject;
  }

  /** A later acceptance may know better addresses (or know them at all); an absent field keeps what we have. */
  private refreshContacts(subject: EvaluationSubject, accepted: FilingAccepted): EvaluationSubject {
    subject.contactEmail = accepted.contactEmail ?? subject.contactEmail;
    subject.address = accepted.address ?? subject.address;
    subject.departmentName = accepted.departmentName ?? subject.departmentName;
    subject.departmentEmail = accepted.departmentEmail ?? subject.departmentEmail;
    return subject;
  }
}
