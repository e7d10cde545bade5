import type { RedisClient } from '@tuoyu/redis';

/** Ten years either way: enough for any demo or test; an offset of 1e308 once broke every service until reset. */
export const MAX_CLOCK_OFFSET_MS = 10 * 366 * 24 * 3600 * 1000;

/** Where the non-production clock offset lives, so every service follows the same "now". */
export class ClockOffsetStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly queuePrefix: string,
  ) {}

  private get key(): string {
    return `${this.queuePrefix}:clock:offset-ms`;
  }

  async read(): Promise<number> {
    const raw = await this.redis.get(this.key);
    const value = raw === null ? 0 : Number(raw);
    // An offset outside the sane range (stored by an older version) would break every date: ignore it.
    return Number.isFinite(value) && Math.abs(value) <= MAX_CLOCK_OFFSET_MS ? value : 0;
  }

  async write(offsetMs: number): Promise<void> {
    await this.redis.set(this.key, String(Math.trunc(offsetMs)));
  }
}
