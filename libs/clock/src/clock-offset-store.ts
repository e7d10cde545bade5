import Redis from 'ioredis';

/** Where the non-production clock offset lives, so every service follows the same "now". */
export class ClockOffsetStore {
  constructor(
    private readonly redis: Redis,
    private readonly queuePrefix: string,
  ) {}

  private get key(): string {
    return `${this.queuePrefix}:clock:offset-ms`;
  }

  async read(): Promise<number> {
    const raw = await this.redis.get(this.key);
    const value = raw === null ? 0 : Number(raw);
    return Number.isFinite(value) ? value : 0;
  }

  async write(offsetMs: number): Promise<void> {
    await this.redis.set(this.key, String(Math.trunc(offsetMs)));
  }
}
