import { Logger } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { RedisClient, openRedis } from './redis-connection';

/**
 * The app's plain command connection (health, clock offset). Commands fail at once while Redis is down
 * (no offline queue), so a health check or a clock poll never hangs.
 */
export function createRedisClient(config: AppConfig, name: string): RedisClient {
  const logger = new Logger(`Redis:${name}`);
  let lastLogged = 0;
  const client = openRedis(config, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  client.on('error', (error: Error) => {
    // ioredis emits an error per reconnect attempt; one line per 10 s is enough to see an outage.
    const now = performance.now();
    if (now - lastLogged > 10_000) {
      lastLogged = now;
      logger.warn(`Redis unavailable: ${error.message}`);
    }
  });
  return client;
}

/**
 * Connects before the app serves (commands fail at once until then). If Redis is down the app still starts:
 * the outbox keeps messages, /health reports Redis down, and ioredis keeps reconnecting.
 */
export async function connectRedisClient(client: RedisClient, timeoutMs = 5000): Promise<RedisClient> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([client.connect().catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
  return client;
}
