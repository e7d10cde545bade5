import { api } from '../api';

/** What the filing service answers for an uploaded document (POST /filings/:id/documents). */
export interface UploadedDocument {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

/**
 * Uploads one file of the case (multipart, `kind` before `file`: the service reads the kind before the bytes) and
 * returns its id, which the submission names. The service checks the content, size and hash.
 */
export async function uploadDocument(caseId: string, kind: string, file: File): Promise<string> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, file.name);
  const uploaded = await api<UploadedDocument>(`/api/filing/filings/${caseId}/documents`, { form });
  return uploaded.id;
}
