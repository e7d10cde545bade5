import { ALL_QUEUES, QueueName } from '@tuoyu/contracts';
import { AppConfig } from '@tuoyu/config';
import { QueueConnections, redisOptionsFromUrl } from '@tuoyu/redis';
import { Queue } from 'bullmq';

/** Direct handles on the test run's queues (its own QUEUE_PREFIX), to inject jobs and inspect outcomes. */
export class TestQueues {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly connections: QueueConnections;
  private readonly prefix: string;

  constructor(config: AppConfig = AppConfig.fromProcessEnv()) {
    this.prefix = config.queuePrefix;
    this.connections = new QueueConnections(config);
    // On Redis Cluster, the apps' shared cluster client; on one Redis, a connection per queue as ever.
    const connection = config.redisClusterNodes ? this.connections.for('worker') : redisOptionsFromUrl(config.redisUrl);
    for (const name of ALL_QUEUES) this.queues.set(name, new Queue(name, { connection, prefix: config.queuePrefix }));
  }

  get(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  /**
   * Redis data loss as this test file sees it: every key under its queue prefix is deleted (other files share the
   * Redis server; a FLUSHALL would wipe their queues too). One Redis only (a cluster's SCAN is per node).
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
    await this.connections.onApplicationShutdown();
  }

  /** Removes everything this run put in Redis, then disconnects. */
  async close(): Promise<void> {
    for (const queue of this.queues.values()) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await this.connections.onApplicationShutdown();
  }
}
