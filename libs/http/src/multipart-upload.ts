import type { Readable } from 'node:stream';
import { DomainError, InvalidInputError } from '@tuoyu/kernel';
import busboy from 'busboy';
import type { Request } from 'express';

export interface UploadedPart {
  /** Text fields that came before the file part. */
  fields: Record<string, string>;
  fileName: string | undefined;
  content: Readable;
}

const NOT_MULTIPART = new InvalidInputError('Expected a multipart/form-data body with a field file', [
  { field: 'body', code: 'not_multipart', message: 'send multipart/form-data: the text fields, then the field file' },
]);

/**
 * Streams the one `file` part of a multipart request into `handle` (busboy: nothing is buffered beyond its
 * parser's chunks). If handling fails before the body is read, the rest of the body is discarded as it arrives
 * and the connection is closed after the error response, so a refused upload never waits for its own end.
 */
export function receiveUpload<T>(req: Request, handle: (part: UploadedPart) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send UTF-8 file names (e.g. 营业执照.pdf) raw in the part header.
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 8, parts: 10, fieldSize: 1024, headerPairs: 20 },
      });
    } catch {
      req.resume();
      reject(NOT_MULTIPART);
      return;
    }
    const fields: Record<string, string> = {};
    let handling: Promise<T> | undefined;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      if (!req.complete) {
        req.res?.setHeader('Connection', 'close');
        req.unpipe(parser);
        req.resume();
      }
      // An error that is not the domain's while the body was cut short is the client's doing.
      const truncated = !(error instanceof DomainError) && !req.complete;
      reject(truncated ? malformed('the upload ended before the file was complete') : error);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, content, info) => {
      if (name !== 'file' || handling) {
        content.resume();
        return;
      }
      handling = handle({ fields, fileName: info.filename, content });
      handling.then((value) => {
        if (settled) return;
        settled = true;
        resolve(value);
      }, fail);
    });
    parser.on('close', () => {
      if (!handling) fail(malformed('the field file is missing', 'required'));
    });
    parser.on('error', (error: Error) => {
      if (!handling) fail(malformed(error.message));
    });
    req.on('aborted', () => fail(malformed('the client aborted the upload')));
    req.pipe(parser);
  });
}

function malformed(reason: string, code = 'malformed'): InvalidInputError {
  return new InvalidInputError(`The upload is not a complete multipart/form-data body: ${reason}`, [
    { field: 'file', code, message: reason },
  ]);
}
