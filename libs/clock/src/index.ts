export * from './clock';
export * from './clock-control';
export * from './clock-offset-store';
export * from './clock.module';
export * from './fixed-clock';
export * from './shared-offset-clock';
export * from './system-clock';
