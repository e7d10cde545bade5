// 投诉举报 needs no account (issue 17): the public complaint form, its attachments and the lookup by reference are
// the only service calls the portal passes on without a session. Anchored paths, so nothing else slips through.
const REFERENCE = '[0-9A-Za-z]{1,40}';
const PUBLIC_CALLS: Record<string, RegExp[]> = {
  POST: [/^\/public\/complaints$/, new RegExp(`^/public/complaints/${REFERENCE}/attachments$`)],
  GET: [new RegExp(`^/public/complaints/${REFERENCE}$`)],
};

/** Whether a proxied call is one of the evaluation service's public complaint endpoints. Pure, so table-tested. */
export function isPublicCall(service: string, method: string, path: string): boolean {
  if (service !== 'evaluation') return false;
  const bare = path.split('?')[0];
  return (PUBLIC_CALLS[method] ?? []).some((pattern) => pattern.test(bare));
}
