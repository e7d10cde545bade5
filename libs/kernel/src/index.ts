export * from './assert-never';
export * from './domain-error';
export * from './local-date';
export * from './interval-loop';
export * from './request-context';
