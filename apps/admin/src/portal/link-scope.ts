/**
 * What a read-only link session may read: its own case and that case's documents, nothing else. Pure, so it is
 * table-tested.
 */
export function linkMayRead(service: string, method: string, path: string, caseId: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (service !== 'filing') return false;
  const bare = path.split('?')[0];
  return (
    bare === `/filings/${caseId}` ||
    bare === `/filings/${caseId}/documents` ||
    new RegExp(`^/filings/${caseId}/documents/[0-9a-f-]{36}/content$`).test(bare)
  );
}
