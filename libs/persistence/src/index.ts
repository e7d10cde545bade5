export * from './ensure-database';
export * from './persistence.module';
export * from './run-migrations';
export * from './insert-in-one-statement';
