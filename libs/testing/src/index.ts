export * from './factories';
export * from './identifiers';
export * from './smtp-sink';
export * from './tcp-proxy';
export * from './test-app';
export * from './test-queues';
export * from './wait-for';
export * from './test-clock';
