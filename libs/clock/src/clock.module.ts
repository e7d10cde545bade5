import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { REDIS_CLIENT, type RedisClient } from '@tuoyu/redis';
import { Clock } from './clock';
import { ClockControl } from './clock-control';
import { ClockOffsetStore } from './clock-offset-store';
import { SharedOffsetClock } from './shared-offset-clock';

@Global()
@Module({
  providers: [
    {
      provide: ClockOffsetStore,
      inject: [REDIS_CLIENT, AppConfig],
      useFactory: (redis: RedisClient, config: AppConfig) => new ClockOffsetStore(redis, config.queuePrefix),
    },
    {
      provide: SharedOffsetClock,
      inject: [ClockOffsetStore, AppConfig],
      useFactory: (store: ClockOffsetStore, config: AppConfig) =>
        new SharedOffsetClock(store, config.clockOverrideAllowed),
    },
    { provide: Clock, useExisting: SharedOffsetClock },
    ClockControl,
  ],
  exports: [Clock, ClockControl, SharedOffsetClock],
})
export class ClockModule {}
