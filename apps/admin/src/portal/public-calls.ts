// The service calls the portal passes on without a session: 投诉举报 needs no account (issue 17) — the public
// complaint form, its attachments and the lookup by reference — and the public disclosure lists (备案公示, 评估结果向社会
// 公布) an evaluation email links to. Anchored paths, so nothing else slips through.
const REFERENCE = '[0-9A-Za-z]{1,40}';
const PUBLIC_CALLS: Record<string, Record<string, RegExp[]>> = {
  evaluation: {
    POST: [/^\/public\/complaints$/, new RegExp(`^/public/complaints/${REFERENCE}/attachments$`)],
    GET: [new RegExp(`^/public/complaints/${REFERENCE}$`), /^\/public\/evaluations$/],
  },
  filing: { GET: [/^\/public\/filings$/, /^\/public\/non-compliance$/] },
};

/** Whether a proxied call is one of the services' public endpoints. Pure, so table-tested. */
export function isPublicCall(service: string, method: string, path: string): boolean {
  const bare = path.split('?')[0];
  return (PUBLIC_CALLS[service]?.[method] ?? []).some((pattern) => pattern.test(bare));
}
