export * from './bullmq-client';
export * from './bullmq-context';
export * from './bullmq-server';
export * from './keep-handler-errors.filter';
export * from './queue-consumer-transport';
export * from './queue-consumer.decorator';
export * from './inbound';
