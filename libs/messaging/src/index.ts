export * from './inbox';
export * from './inbox-message.entity';
export * from './job-options';
export * from './message-processor';
export * from './messaging-entities';
export * from './messaging-tables.migration';
export * from './messaging.module';
export * from './outbox';
export * from './outbox-message.entity';
export * from './outbox-relay';
export * from './queue-registry';
export * from './with-timeout';

