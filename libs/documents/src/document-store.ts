import type { Readable } from 'node:stream';

/**
 * Where filing documents' bytes live: one port, a local directory or an S3-compatible bucket behind it.
 * Keys are chosen by the domain (case id / document id), never from a file name.
 */
export abstract class DocumentStore {
  /** Writes the whole stream under `key`; on any error nothing is left under `key` and the error is rethrown. */
  abstract put(key: string, content: Readable): Promise<void>;
  /** The bytes stored under `key`. */
  abstract get(key: string): Promise<Readable>;
  /** Removes `key`; a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
  /** Whether something is stored under `key` (tests and checks that no partial object is left). */
  abstract exists(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** The one key shape stores accept: two UUIDs, so no caller-supplied text ever reaches a path or an object key. */
export function documentKey(caseId: string, documentId: string): string {
  const key = `${caseId}/${documentId}`;
  if (!KEY.test(key)) throw new Error(`not a document key: ${key}`);
  return key;
}

export function assertDocumentKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`not a document key: ${key}`);
}
