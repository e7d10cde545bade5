import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { InvalidInputError, TooLargeError, UnsupportedMediaError } from '@tuoyu/kernel';
import { filetypeinfo } from 'magic-bytes.js';
import { type DocumentContentType, MAX_DOCUMENT_BYTES } from './document-limits';

/** Enough leading bytes for the PDF (%PDF-), JPEG (FF D8 FF) and PNG (8-byte) signatures. */
const SNIFF_BYTES = 16;
const ACCEPTED: Record<string, DocumentContentType> = {
  'application/pdf': 'application/pdf',
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
};

export interface InspectedDocument {
  size: number;
  sha256: string;
  contentType: DocumentContentType;
}

/**
 * Passes a document's bytes through while it measures them: the size (failing the stream the moment it crosses
 * the limit), the SHA-256 of exactly what is stored, and the type recognised from the leading bytes, never from
 * the name or the declared Content-Type. Holds at most SNIFF_BYTES of its own.
 */
export class DocumentInspector extends Transform {
  private readonly hash = createHash('sha256');
  private head = Buffer.alloc(0);
  private size = 0;
  private contentType?: DocumentContentType;
  private sha256?: string;

  constructor(
    private readonly fileName: string,
    private readonly limit = MAX_DOCUMENT_BYTES,
  ) {
    super();
  }

  /** What was measured; only after the stream ended without error. */
  get result(): InspectedDocument {
    if (!this.sha256 || !this.contentType) throw new Error('the document was not read to its end');
    return { size: this.size, sha256: this.sha256, contentType: this.contentType };
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limit) return done(this.tooLarge());
    this.hash.update(chunk);
    if (!this.contentType && this.head.length < SNIFF_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
      if (this.head.length >= SNIFF_BYTES) {
        const problem = this.recognise();
        if (problem) return done(problem);
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) {
      return done(
        new InvalidInputError(`"${this.fileName}" is empty`, [
          { field: 'file', code: 'empty', message: `"${this.fileName}" has no content (0 bytes)` },
        ]),
      );
    }
    const problem = this.contentType ? undefined : this.recognise();
    if (problem) return done(problem);
    this.sha256 = this.hash.digest('hex');
    done();
  }

  private recognise(): Error | undefined {
    const guesses = filetypeinfo(this.head);
    const accepted = guesses.map((g) => (g.mime ? ACCEPTED[g.mime] : undefined)).find(Boolean);
    if (accepted) {
      this.contentType = accepted;
      return undefined;
    }
    const seen = guesses[0]?.typename ?? 'unrecognised content';
    const message = `"${this.fileName}" is not a PDF, JPEG or PNG file (its content is ${seen})`;
    return new UnsupportedMediaError(message, [{ field: 'file', code: 'unsupported_type', message }]);
  }

  private tooLarge(): Error {
    const mib = this.limit / (1024 * 1024);
    const message = `"${this.fileName}" is larger than ${mib} MiB, the limit per document`;
    return new TooLargeError(message, [{ field: 'file', code: 'too_large', message }]);
  }
}
