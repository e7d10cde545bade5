import { ALL_QUEUES, QueueName } from '@tuoyu/contracts';
import { AppConfig } from '@tuoyu/config';
import { redisOptionsFromUrl } from '@tuoyu/redis';
import { Queue } from 'bullmq';

/** Direct handles on the test run's queues (its own QUEUE_PREFIX), to inject jobs and inspect outcomes. */
export class TestQueues {
  private readonly queues = new Map<QueueName, Queue>();

  private readonly prefix: string;

  constructor(config: AppConfig = AppConfig.fromProcessEnv()) {
    this.prefix = config.queuePrefix;
    for (const name of ALL_QUEUES) {
      this.queues.set(
        name,
        new Queue(name, { connection: redisOptionsFromUrl(config.redisUrl), prefix: config.queuePrefix }),
      );
    }
  }

  get(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  /**
   * Redis data loss as this test file sees it: every key under its queue prefix is deleted (other files share the
   * Redis server; a FLUSHALL would wipe their queues too).
   */
  async loseAllKeys(): Promise<number> {
    const redis = await this.get(ALL_QUEUES[0]).client;
    let deleted = 0;
    for await (const keys of redis.scanStream({ match: `${this.prefix}:*`, count: 500 })) {
      if ((keys as string[]).length) deleted += await redis.del(...(keys as string[]));
    }
    return deleted;
  }

  /** Closes the connections, leaving the queues' contents in place. */
  async disconnect(): Promise<void> {
    for (const queue of this.queues.values()) await queue.close();
  }

  /** Removes everything this run put in Redis, then disconnects. */
  async close(): Promise<void> {
    for (const queue of this.queues.values()) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  }
}
