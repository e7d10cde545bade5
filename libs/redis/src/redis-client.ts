import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { redisOptionsFromUrl } from './redis-options';

/**
 * The app's plain command connection (health, clock offset). Commands fail at once while Redis is down
 * (no offline queue), so a health check or a clock poll never hangs.
 */
export function createRedisClient(url: string, name: string): Redis {
  const logger = new Logger(`Redis:${name}`);
  let lastLogged = 0;
  const client = new Redis({
    ...redisOptionsFromUrl(url),
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
export async function connectRedisClient(client: Redis, timeoutMs = 5000): Promise<Redis> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([client.connect().catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
  return client;
}
