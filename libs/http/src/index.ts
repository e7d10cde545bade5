export * from './api-exception.filter';
export * from './configure-http-app';
export * from './validation-exception';
export * from './region-code.pipe';
export * from './signed-webhook';
export * from './dependency-unavailable';
