import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Clock } from './clock';
import { ClockOffsetStore } from './clock-offset-store';

const POLL_MS = 500;

/**
 * System time plus an offset an administrator may set in non-production (api.md: every service follows
 * within a second, hence a 500 ms poll). With override disabled the offset is always 0 and Redis is never read.
 */
export class SharedOffsetClock extends Clock implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SharedOffsetClock.name);
  private offsetMs = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: ClockOffsetStore,
    private readonly overrideAllowed: boolean,
  ) {
    super();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  get currentOffsetMs(): number {
    return this.offsetMs;
  }

  async onModuleInit(): Promise<void> {
    if (!this.overrideAllowed) return;
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), POLL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Reads the shared offset now (the admin console calls this right after changing it). */
  async refresh(): Promise<void> {
    try {
      const next = await this.store.read();
      if (next !== this.offsetMs) this.logger.log(`Clock offset is now ${next} ms`);
      this.offsetMs = next;
    } catch {
      // Redis down: keep the last known offset; the next poll retries.
    }
  }
}
