/**
 * A plain background loop (used instead of BullMQ job schedulers, which duplicate or lose schedulers when
 * upserted from several replicas): runs `tick` every interval until stopped; a failing tick is reported and
 * the loop goes on. Stopping waits for the tick in flight.
 */
export abstract class IntervalLoop {
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;
  private done?: Promise<void>;

  protected abstract tick(): Promise<void>;
  protected abstract intervalMs(): number;
  protected abstract tickFailed(error: Error): void;

  protected startLoop(): void {
    this.done = this.run();
  }

  protected async stopLoop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
    await this.done;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.tick();
      } catch (error) {
        this.tickFailed(error as Error);
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, this.intervalMs());
      });
    }
  }
}
