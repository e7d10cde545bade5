import { DynamicModule, Module, Type } from '@nestjs/common';
import { DeadlineQueue } from '@tuoyu/contracts';
import { DeadlineMetrics } from './deadline-metrics';
import { DeadlineOverviewController } from './deadline-overview.controller';
import { DEADLINE_QUEUE, DeadlineScheduler } from './deadline-scheduler';
import { DEADLINE_SUBJECT_HANDLERS, DeadlineSubjectHandler } from './deadline-subject-handler';
import { DeadlineSweeper } from './deadline-sweeper';
import { HolidayCalendarService } from './holiday-calendar.service';

export interface DeadlineScheduleOptions {
  /** The service's own queue: its delayed rung jobs come back to it. */
  queue: DeadlineQueue;
  /** One handler per subject type the service owns deadlines for. */
  handlers: Type<DeadlineSubjectHandler>[];
}

/** The durable schedule for a service that owns deadlines (its database must include DEADLINE_ENTITIES). */
@Module({})
export class DeadlineScheduleModule {
  static forService(options: DeadlineScheduleOptions): DynamicModule {
    return {
      module: DeadlineScheduleModule,
      global: true,
      controllers: [DeadlineOverviewController],
      providers: [
        ...options.handlers,
        { provide: DEADLINE_QUEUE, useValue: options.queue },
        {
          provide: DEADLINE_SUBJECT_HANDLERS,
          inject: options.handlers,
          useFactory: (...handlers: DeadlineSubjectHandler[]) => handlers,
        },
        DeadlineMetrics,
        DeadlineScheduler,
        DeadlineSweeper,
        HolidayCalendarService,
      ],
      exports: [DeadlineScheduler, DeadlineSweeper, HolidayCalendarService],
    };
  }
}
