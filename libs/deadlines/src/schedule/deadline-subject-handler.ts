import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeadlineNoticeProps, NoticeTemplate } from '@tuoyu/contracts';
import type { ReminderRung } from '../policies/deadline-policy';
import type { Deadline } from './deadline.entity';
import type { DeadlineRung } from './deadline-rung.entity';

export interface RungContext {
  deadline: Deadline;
  rung: DeadlineRung;
  ladderRung: ReminderRung;
}

/**
 * A notice a rung causes: sent through the outbox, keyed by the rung claim and the recipient. A notice nobody
 * can be addressed for (e.g. to administrators without ADMIN_EMAIL) carries `unaddressed`, the reason: it still
 * goes to the notification service, which records it as a failed delivery, so it is seen and never dropped.
 */
export type RungNotice = { template: NoticeTemplate; props: DeadlineNoticeProps } & (
  { to: string; unaddressed?: undefined } | { to?: undefined; unaddressed: string }
);

/** Why an administrators' notice has no recipient. */
export const NO_ADMIN_EMAIL = 'ADMIN_EMAIL is not set: there is no administrator address to send this notice to';

/**
 * What a firing rung means for one kind of subject: the owning service changes its subject (e.g. a filing case
 * becomes overdue at breach) and names the notices, in the rung's transaction.
 */
export interface DeadlineSubjectHandler {
  readonly subjectType: string;
  onRung(em: EntityManager, context: RungContext): Promise<RungNotice[]>;
  /** A loaded holiday notice moved the due date: update the subject and name who must be told. */
  onDueMoved(em: EntityManager, deadline: Deadline, previousDueOn: string): Promise<RungNotice[]>;
}

export const DEADLINE_SUBJECT_HANDLERS = Symbol('DEADLINE_SUBJECT_HANDLERS');
