export * from './document-file-name';
export * from './document-inspector';
export * from './document-limits';
export * from './document-store';
export * from './document-store.provider';
export * from './local-document-store';
export * from './s3-document-store';
