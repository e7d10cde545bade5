export * from './api-exception.filter';
export * from './configure-http-app';
export * from './validation-exception';
