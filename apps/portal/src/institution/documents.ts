import { api } from '../api';
import type { components } from '../api-types/filing';

/** What the filing service answers for an uploaded document (POST /filings/:id/documents), from its OpenAPI. */
export type UploadedDocument = components['schemas']['FilingDocumentDto'];

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
