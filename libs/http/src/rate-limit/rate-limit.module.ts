import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '@tuoyu/config';
import { REDIS_CLIENT, type RedisClient } from '@tuoyu/redis';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** The throttler behind @RateLimit, counting in Redis under the queue prefix. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [REDIS_CLIENT, AppConfig],
      useFactory: (redis: RedisClient, config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: 1000 }],
        storage: new RedisThrottlerStorage(redis, config.queuePrefix),
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
