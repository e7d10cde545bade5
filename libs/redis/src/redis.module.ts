import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { QueueConnections } from './queue-connections';
import { connectRedisClient, createRedisClient } from './redis-client';
import type { RedisClient } from './redis-connection';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: RedisClient) {}
  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => connectRedisClient(createRedisClient(config, 'app')),
    },
    RedisCloser,
    QueueConnections,
  ],
  exports: [REDIS_CLIENT, QueueConnections],
})
export class RedisModule {}
