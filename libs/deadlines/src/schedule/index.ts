import { DeadlineCount } from './deadline-count.entity';
import { DeadlineRung } from './deadline-rung.entity';
import { Deadline } from './deadline.entity';
import { HolidayNoticeRecord } from './holiday-notice.entity';

export * from './deadline-count.entity';
export * from './deadline-count.migration';
export * from './deadline-count.repository';
export * from './deadline-rung.entity';
export * from './deadline-schedule.module';
export * from './deadline-scheduler';
export * from './deadline-subject-handler';
export * from './deadline-sweeper';
export * from './deadline-tables.migration';
export * from './deadline.entity';
export * from './due-date-override';
export * from './holiday-notice.entity';
export * from './holiday-calendar.service';
export * from './rung-plan';
export * from './rung-template';

/** Entities of a service that owns deadlines. */
export const DEADLINE_ENTITIES = [Deadline, DeadlineRung, DeadlineCount, HolidayNoticeRecord];
export * from './catch-up';
