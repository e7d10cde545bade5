import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Logger, OnModuleInit } from '@nestjs/common';
import { DocumentStore, assertDocumentKey } from './document-store';

/**
 * Documents as files under one directory (DOCUMENT_DIR), created on start. A file is written as `<key>.partial`
 * and renamed when complete, so a reader never sees half a document and a failed write leaves nothing behind.
 */
export class LocalDocumentStore extends DocumentStore implements OnModuleInit {
  private readonly logger = new Logger(LocalDocumentStore.name);
  readonly root: string;

  constructor(directory: string) {
    super();
    this.root = resolve(directory);
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    this.logger.log(`filing documents are kept in ${this.root}`);
  }

  async put(key: string, content: Readable): Promise<void> {
    const path = this.pathOf(key);
    const partial = `${path}.partial`;
    await mkdir(dirname(path), { recursive: true });
    try {
      await pipeline(content, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await access(path);
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}.partial`, { force: true });
  }

  async exists(key: string): Promise<boolean> {
    const path = this.pathOf(key);
    for (const candidate of [path, `${path}.partial`]) {
      if (
        await access(candidate).then(
          () => true,
          () => false,
        )
      )
        return true;
    }
    return false;
  }

  private pathOf(key: string): string {
    assertDocumentKey(key);
    return join(this.root, key);
  }
}
