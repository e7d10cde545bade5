/** One file the institution attaches, as the submission references it. */
export interface DocumentReference {
  kind: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  contentType: string;
}

/**
 * The submission's reference to an attached file: its SHA-256 computed here, so the department can check a copy.
 * When the documents API (POST /filings/:id/documents) is on main, this becomes an upload returning the id.
 */
export async function referenceOf(kind: string, file: File): Promise<DocumentReference> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { kind, fileName: file.name, sha256, sizeBytes: file.size, contentType: file.type || 'application/pdf' };
}
