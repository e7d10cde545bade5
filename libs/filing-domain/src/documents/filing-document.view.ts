import { shanghaiIso } from '@tuoyu/deadlines';
import type { FilingDocument } from './filing-document.entity';

/** The agreed document shape (POST and GET /filings/:id/documents). */
export interface FilingDocumentView {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export function toFilingDocumentView(document: FilingDocument): FilingDocumentView {
  return {
    id: document.id,
    kind: document.kind,
    fileName: document.fileName,
    contentType: document.contentType,
    size: document.size,
    sha256: document.sha256,
    uploadedAt: shanghaiIso(document.uploadedAt),
  };
}
