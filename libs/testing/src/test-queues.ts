import { ALL_QUEUES, QueueName } from '@tuoyu/contracts';
import { AppConfig } from '@tuoyu/config';
import { redisOptionsFromUrl } from '@tuoyu/redis';
import { Queue } from 'bullmq';

/** Direct handles on the test run's queues (its own QUEUE_PREFIX), to inject jobs and inspect outcomes. */
export class TestQueues {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(config: AppConfig = AppConfig.fromProcessEnv()) {
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

  /** Removes everything this run put in Redis, then disconnects. */
  async close(): Promise<void> {
    for (const queue of this.queues.values()) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  }
}
