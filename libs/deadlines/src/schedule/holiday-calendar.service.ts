import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { DEADLINE_QUEUES, MessageType } from '@tuoyu/contracts';
import type { DeadlineQueue, HolidayNoticeLoaded } from '@tuoyu/contracts';
import { Outbox } from '@tuoyu/messaging';
import { InvalidInputError } from '@tuoyu/kernel';
import { ChineseDaysCalendar } from '../calculus/chinese-days-calendar';
import { HolidayNotice, problemsOfNotice } from '../calculus/holiday-notice';
import { CalendarSource } from '../calculus/statutory-calendar';
import { DeadlineService } from '../deadline.service';
import { DEADLINE_QUEUE, DeadlineScheduler } from './deadline-scheduler';
import { HolidayNoticeRecord } from './holiday-notice.entity';

const SYNC_MS = 5000;

export interface NoticeLoadResult {
  year: number;
  source: CalendarSource;
  moved: { kind: string; subjectType: string; subjectId: string; previousDueOn: string; dueOn: string }[];
}

/**
 * Administrator-loaded holiday notices: stored in the service's database, applied to its calendar, and
 * re-read every few seconds so every replica computes with the same notices.
 */
@Injectable()
export class HolidayCalendarService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(HolidayCalendarService.name);
  private version = '';
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly deadlines: DeadlineService,
    private readonly scheduler: DeadlineScheduler,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    @Inject(DEADLINE_QUEUE) private readonly ownQueue: DeadlineQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sync();
    this.timer = setInterval(() => void this.sync().catch(() => undefined), SYNC_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Validates and stores a year's notice, recomputes every open deadline, and tells those whose date moved.
   * Loaded here first, it is announced to every other service that owns deadlines (same transaction).
   */
  async load(notice: HolidayNotice, options: { announce: boolean } = { announce: true }): Promise<NoticeLoadResult> {
    const problems = problemsOfNotice(notice);
    if (problems.length > 0) {
      throw new InvalidInputError(
        `The ${notice.year} holiday notice is invalid`,
        problems.map((line) => {
          const [field, ...reason] = line.split(': ');
          return { field, code: 'invalid', message: reason.join(': ') };
        }),
      );
    }
    const moved = await (this.orm.em.fork() as EntityManager).transactional(async (em) => {
      await em.upsert(HolidayNoticeRecord, { ...notice, source: notice.source, loadedAt: this.clock.now() });
      this.apply(await em.find(HolidayNoticeRecord, {}));
      if (options.announce) {
        for (const queue of DEADLINE_QUEUES.filter((q) => q !== this.ownQueue)) {
          this.outbox.add(em, queue, MessageType.HolidayNoticeLoaded, { v: 1, ...notice });
        }
      }
      return this.scheduler.recomputeOpen(em);
    });
    this.logger.log(`${notice.year} holiday notice loaded; ${moved.length} open deadline(s) moved`);
    return {
      year: notice.year,
      source: this.deadlines.sourceOf(notice.year),
      moved: moved.map(({ deadline, previousDueOn }) => ({
        kind: deadline.kind,
        subjectType: deadline.subjectType,
        subjectId: deadline.subjectId,
        previousDueOn,
        dueOn: deadline.dueOn,
      })),
    };
  }

  /** Another service loaded this notice: load the same here (idempotent), without announcing it again. */
  loadAnnounced({ year, holidays, makeUpWorkdays, source }: HolidayNoticeLoaded): Promise<NoticeLoadResult> {
    return this.load({ year, holidays, makeUpWorkdays, source }, { announce: false });
  }

  /** Where each year's calendar comes from: bundled notices, loaded ones, and the next years' fallback. */
  sources(throughYear: number): CalendarSource[] {
    const first = ChineseDaysCalendar.officialYears()[0];
    return Array.from({ length: throughYear - first + 1 }, (_, i) => this.deadlines.sourceOf(first + i));
  }

  private async sync(): Promise<void> {
    const records = await this.orm.em.fork().find(HolidayNoticeRecord, {}, { orderBy: { year: 'asc' } });
    const version = records.map((r) => `${r.year}@${r.loadedAt.getTime()}`).join(',');
    if (version !== this.version) this.apply(records);
  }

  private apply(records: HolidayNoticeRecord[]): void {
    this.version = records.map((r) => `${r.year}@${r.loadedAt.getTime()}`).join(',');
    this.deadlines.useNotices(
      records.map(({ year, holidays, makeUpWorkdays, source }) => ({ year, holidays, makeUpWorkdays, source })),
    );
  }
}
