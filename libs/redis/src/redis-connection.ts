import { AppConfig } from '@tuoyu/config';
import Redis, { Cluster, RedisOptions } from 'ioredis';
import { redisOptionsFromUrl } from './redis-options';

/** A connection to the configured Redis: one server, or a Redis Cluster (the same commands either way). */
export type RedisClient = Redis | Cluster;

/**
 * Opens a connection to the configured Redis with the given options. On Redis Cluster (REDIS_CLUSTER_NODES) the
 * options apply to every node it connects to, except what only the cluster client itself can do: queue commands
 * while it is not ready, connect lazily, reconnect (ioredis gives up on a lost node and refreshes the slot map).
 */
export function openRedis(config: AppConfig, options: RedisOptions = {}): RedisClient {
  const settings: RedisOptions = { ...redisOptionsFromUrl(config.redisUrl), ...options };
  const nodes = config.redisClusterNodes;
  if (!nodes) return new Redis(settings);
  const { enableOfflineQueue, lazyConnect, retryStrategy, ...perNode } = settings;
  // The URL's host, port and database are not the cluster's: the nodes are, and a cluster has database 0 only.
  for (const key of ['host', 'port', 'db'] as const) delete perNode[key];
  return new Cluster(nodes, {
    redisOptions: perNode,
    enableOfflineQueue,
    lazyConnect,
    clusterRetryStrategy: retryStrategy ?? undefined,
  });
}
