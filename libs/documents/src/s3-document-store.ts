import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { DocumentStoreConfig } from '@tuoyu/config';
import { DocumentStore, assertDocumentKey } from './document-store';

type S3Config = Extract<DocumentStoreConfig, { kind: 's3' }>;

/** 5 MiB is S3's smallest multipart part: memory per upload stays at about one part whatever the file size. */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Documents in an S3-compatible bucket (MinIO, Aliyun OSS, AWS). Streams of unknown length go up as a multipart
 * upload, one part at a time; a failed upload is aborted (no parts left) and the key is deleted.
 */
export class S3DocumentStore extends DocumentStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    super();
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
    });
  }

  async put(key: string, content: Readable): Promise<void> {
    assertDocumentKey(key);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: content },
      partSize: PART_BYTES,
      queueSize: 1,
      leavePartsOnError: false,
    });
    // The stream's own error (a crossed limit, a refused type) is what the caller must see, even when the
    // store then fails to abort the multipart upload.
    let streamError: unknown;
    content.once('error', (error) => (streamError = error));
    try {
      await upload.done();
    } catch (error) {
      content.destroy();
      await this.delete(key);
      throw streamError ?? error;
    }
  }

  async get(key: string): Promise<Readable> {
    assertDocumentKey(key);
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return object.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    assertDocumentKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertDocumentKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return false;
      throw error;
    }
  }

  /** Closes the SDK's sockets (tests, shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }
}
