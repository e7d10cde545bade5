export * from './redis-client';
export * from './redis-options';
export * from './redis.module';
