import { Readable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { DOCUMENT_KINDS, FilingDocumentService } from '@tuoyu/filing-domain';
import request from 'supertest';

/** A small but well-signed PDF ("%PDF-"), distinct per seed so hashes differ. */
export function samplePdf(seed = 'sample'): Buffer {
  return Buffer.from(
    `%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Title (${seed}) >> endobj\ntrailer << >>\n%%EOF\n`,
    'latin1',
  );
}

/** JPEG signature (FF D8 FF, JFIF APP0) and end marker around a seed. */
export function sampleJpeg(seed = 'sample'): Buffer {
  const head = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
  return Buffer.concat([head, Buffer.from(seed), Buffer.from([0xff, 0xd9])]);
}

/** PNG signature and an IHDR chunk header around a seed. */
export function samplePng(seed = 'sample'): Buffer {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  return Buffer.concat([head, Buffer.from(seed)]);
}

export interface DocumentFile {
  kind: string;
  fileName: string;
  content: Buffer;
}

/** POST /filings/:id/documents as a browser would: multipart with kind, then file. */
export function uploadDocument(filingUrl: string, caseId: string, authorization: string, file: DocumentFile) {
  return request(filingUrl)
    .post(`/filings/${caseId}/documents`)
    .set('Authorization', authorization)
    .field('kind', file.kind)
    .attach('file', file.content, { filename: file.fileName, contentType: 'application/pdf' });
}

/** Uploads one PDF of every document kind over HTTP; returns their ids (for filingSubmissionBody). */
export async function uploadRequiredDocuments(
  filingUrl: string,
  caseId: string,
  authorization: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const response = await uploadDocument(filingUrl, caseId, authorization, {
      kind,
      fileName: `${kind}.pdf`,
      content: samplePdf(`${caseId}/${kind}`),
    });
    if (response.status !== 201) throw new Error(`upload of ${kind} failed: ${response.status} ${response.text}`);
    ids.push((response.body as { id: string }).id);
  }
  return ids;
}

/** The same through the domain service, for tests that drive the filing app without HTTP. */
export async function storeRequiredDocuments(
  filing: INestApplication,
  caseId: string,
  uscc: string,
): Promise<string[]> {
  const service = filing.get(FilingDocumentService);
  const ids: string[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const content = Readable.from([samplePdf(`${caseId}/${kind}`)]);
    const document = await service.upload(
      caseId,
      { kind, fileName: `${kind}.pdf`, content },
      { role: 'institution', uscc },
    );
    ids.push(document.id);
  }
  return ids;
}
