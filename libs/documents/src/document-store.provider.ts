import type { Provider } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { DocumentStore } from './document-store';
import { LocalDocumentStore } from './local-document-store';
import { S3DocumentStore } from './s3-document-store';

/** The DocumentStore the configuration names: DOCUMENT_STORE=local (DOCUMENT_DIR) or s3 (S3_*). */
export const DOCUMENT_STORE_PROVIDER: Provider = {
  provide: DocumentStore,
  inject: [AppConfig],
  useFactory: (config: AppConfig): DocumentStore => {
    const store = config.documentStore;
    return store.kind === 'local' ? new LocalDocumentStore(store.directory) : new S3DocumentStore(store);
  },
};
