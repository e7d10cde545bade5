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
  /** The sequences of the filing submissions naming it (1 the first, 2 the resubmission, ...): none if unsent. */
  submissions: number[];
  /** Whether a change filing (变更备案) names it. */
  changeFiling: boolean;
}

/** Where a case's documents were filed: by document id. */
export interface DocumentUse {
  submissions: Map<string, number[]>;
  changeFilings: Set<string>;
}

export function toFilingDocumentView(
  document: FilingDocument,
  use: DocumentUse = { submissions: new Map(), changeFilings: new Set() },
): FilingDocumentView {
  return {
    id: document.id,
    kind: document.kind,
    fileName: document.fileName,
    contentType: document.contentType,
    size: document.size,
    sha256: document.sha256,
    uploadedAt: shanghaiIso(document.uploadedAt),
    submissions: use.submissions.get(document.id) ?? [],
    changeFiling: use.changeFilings.has(document.id),
  };
}
