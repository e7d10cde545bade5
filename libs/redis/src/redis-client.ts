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
