import { BadRequestException, ForbiddenException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { ClockOffsetStore, MAX_CLOCK_OFFSET_MS } from './clock-offset-store';
import { SharedOffsetClock } from './shared-offset-clock';

export interface ClockStatus {
  now: string;
  offsetMs: number;
  overrideAllowed: boolean;
}

/** Moves every service's "now" (non-production only): the offset is stored in Redis, each clock polls it. */
@Injectable()
export class ClockControl {
  constructor(
    private readonly clock: SharedOffsetClock,
    private readonly store: ClockOffsetStore,
    private readonly config: AppConfig,
  ) {}

  status(): ClockStatus {
    return {
      now: this.clock.now().toISOString(),
      offsetMs: this.clock.currentOffsetMs,
      overrideAllowed: this.config.clockOverrideAllowed,
    };
  }

  async setNow(target: Date): Promise<ClockStatus> {
    return this.setOffset(target.getTime() - Date.now());
  }

  async setOffset(offsetMs: number): Promise<ClockStatus> {
    if (!this.config.clockOverrideAllowed) {
      throw new ForbiddenException(
        this.config.isProduction
          ? 'Clock control is never available in production'
          : 'Clock control is off: start the services with ALLOW_CLOCK_OVERRIDE=true',
      );
    }
    if (!Number.isSafeInteger(offsetMs) || Math.abs(offsetMs) > MAX_CLOCK_OFFSET_MS) {
      const message = `the clock may move at most ${MAX_CLOCK_OFFSET_MS} ms (ten years) either way`;
      throw new BadRequestException({ message, errors: [{ field: 'offsetMs', code: 'range', message }] });
    }
    try {
      await this.store.write(offsetMs);
    } catch (error) {
      throw new ServiceUnavailableException(
        `Redis is unavailable, the clock was not moved: ${(error as Error).message}`,
      );
    }
    await this.clock.refresh();
    return this.status();
  }
}
