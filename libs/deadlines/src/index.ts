export * from './calculus/local-date';
export * from './calculus/period';
export * from './policies';
