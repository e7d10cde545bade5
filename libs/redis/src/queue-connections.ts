import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import type { Cluster, RedisOptions } from 'ioredis';
import { openRedis } from './redis-connection';
import { redisOptionsFromUrl } from './redis-options';

/**
 * `worker`: the consumed queue and its worker, which block on Redis (BullMQ requires maxRetriesPerRequest: null).
 * `producer`: queues the app only adds to; they fail fast while Redis is down (the outbox keeps the message)
 * instead of queueing in memory.
 */
export type QueueConnectionRole = 'worker' | 'producer';

const ROLE_OPTIONS: Record<QueueConnectionRole, RedisOptions> = {
  worker: { maxRetriesPerRequest: null },
  producer: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
};

/**
 * What the app's BullMQ queues and worker connect with. On one Redis: options, so BullMQ opens (and closes) a
 * connection per queue. On Redis Cluster BullMQ cannot build a cluster client from options, so each role gets one
 * cluster client, shared by the app's queues (a worker duplicates it for its blocking reads). BullMQ never closes
 * a client it was given: these are closed here, after the workers (beforeApplicationShutdown) are done.
 */
@Injectable()
export class QueueConnections implements OnApplicationShutdown {
  private readonly clusters = new Map<QueueConnectionRole, Cluster>();

  constructor(private readonly config: AppConfig) {}

  for(role: QueueConnectionRole): RedisOptions | Cluster {
    if (!this.config.redisClusterNodes) return { ...redisOptionsFromUrl(this.config.redisUrl), ...ROLE_OPTIONS[role] };
    let cluster = this.clusters.get(role);
    if (!cluster) {
      cluster = openRedis(this.config, ROLE_OPTIONS[role]) as Cluster;
      this.clusters.set(role, cluster);
    }
    return cluster;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.clusters.values()].map((cluster) => cluster.quit().catch(() => cluster.disconnect())));
    this.clusters.clear();
  }
}
