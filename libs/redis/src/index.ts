export * from './queue-connections';
export * from './redis-client';
export * from './redis-connection';
export * from './redis-options';
export * from './redis.module';
