import type { Role } from '@tuoyu/identity';

/**
 * Who may call each operation: the one table the authorization matrix is generated from. Every operation in a
 * service's OpenAPI must be listed (the matrix fails on a missing one); 'public' needs no token. 'api_key': a
 * department system's `X-Api-Key` (scoped to its own region's inbox) also works; anywhere else a key is a 401.
 */
export type Grant = Role | 'api_key';
export type Access = readonly Grant[] | 'public' | 'sign_in' | 'portal';

export const ACCESS: Record<string, Access> = {
  'registration POST /registrations': ['authority'],
  'registration PATCH /registrations/{id}': ['authority'],
  'registration POST /registrations/{id}/cancellation': ['authority'],
  'registration GET /registrations': ['authority', 'admin'],
  'registration GET /registrations/{id}': ['authority', 'admin'],
  'registration POST /registrations/import': ['authority'],
  'registration POST /registrations/imports': ['authority'],
  'registration GET /registrations/imports/{id}': ['authority', 'admin'],
  'registration GET /outbox/set-aside': ['admin'],
  'registration POST /outbox/replay': ['admin'],
  'registration PUT /authorities/{regionCode}/{authorityKind}': ['admin'],
  'registration GET /authorities/{regionCode}/{authorityKind}': ['admin'],
  'filing GET /filings': ['department', 'institution', 'admin'],
  'filing GET /filings/{id}': ['department', 'institution', 'admin'],
  'filing POST /filings/{id}/submission': ['institution'],
  'filing POST /filings/{id}/changes/{changeId}/submission': ['institution'],
  'filing POST /filings/{id}/receipt': ['department'],
  'filing POST /filings/{id}/correction-request': ['department'],
  'filing POST /filings/{id}/non-compliance': ['department'],
  'filing POST /filings/{id}/review': ['department'],
  'filing POST /filings/{id}/documents': ['institution'],
  'filing GET /filings/{id}/documents': ['institution', 'department', 'admin'],
  'filing GET /filings/{id}/documents/{documentId}/content': ['institution', 'department', 'admin'],
  'filing GET /outbox/set-aside': ['admin'],
  'filing POST /outbox/replay': ['admin'],
  'filing GET /statistics': ['department', 'admin'],
  'filing POST /inbox/handoffs/lease': ['department', 'api_key'],
  'filing POST /inbox/handoffs/{handoffId}/ack': ['department', 'api_key'],
  'filing PUT /departments/{regionCode}': ['admin'],
  'filing GET /departments/{regionCode}': ['admin'],
  'filing POST /departments/{regionCode}/api-keys': ['admin'],
  'filing GET /departments/{regionCode}/api-keys': ['admin'],
  'filing POST /departments/{regionCode}/api-keys/{keyId}/revocation': ['admin'],
  'filing GET /webhooks/dead-letters': ['admin'],
  'filing POST /webhooks/dead-letters/{handoffId}/redrive': ['admin'],
  'filing GET /deadlines/compute': 'public',
  'filing GET /deadlines/calendar': 'public',
  'filing PUT /deadlines/calendar/{year}': ['admin'],
  'filing GET /public/filings': 'public',
  'filing GET /public/non-compliance': 'public',
  'evaluation GET /evaluation-subjects': ['department', 'admin'],
  'evaluation GET /evaluation-subjects/{id}': ['department', 'admin'],
  'evaluation POST /evaluation-subjects/{id}/inspections': ['department'],
  'evaluation POST /rectification-orders/{id}/re-inspections': ['department'],
  'evaluation POST /evaluation-subjects/{id}/evaluations': ['department'],
  'evaluation GET /evaluations': ['department', 'admin'],
  'evaluation POST /bans': ['department'],
  'evaluation GET /bans': ['department', 'admin'],
  'evaluation GET /public/evaluations': 'public',
  'evaluation GET /outbox/set-aside': ['admin'],
  'evaluation POST /outbox/replay': ['admin'],
  'evaluation POST /public/complaints': 'public',
  'evaluation GET /public/complaints/{reference}': 'public',
  'evaluation POST /public/complaints/{reference}/attachments': 'public',
  'evaluation POST /complaints/hotline-transfers': ['hotline', 'admin'],
  'evaluation GET /complaints': ['department', 'admin'],
  'evaluation GET /complaints/statistics': ['department', 'admin'],
  'evaluation GET /complaints/{id}': ['department', 'admin'],
  'evaluation POST /complaints/{id}/assignment': ['department', 'admin'],
  'evaluation POST /complaints/{id}/findings': ['department'],
  'evaluation POST /complaints/{id}/inspections': ['department'],
  'evaluation POST /complaints/{id}/reply': ['department'],
  'evaluation GET /complaints/{id}/attachments': ['department', 'admin'],
  'evaluation GET /complaints/{id}/attachments/{attachmentId}/content': ['department', 'admin'],
  'evaluation POST /incidents': ['institution'],
  'evaluation POST /incidents/department-records': ['department'],
  'evaluation GET /incidents': ['department', 'admin', 'institution'],
  'evaluation GET /incidents/{id}': ['department', 'admin', 'institution'],
  'evaluation POST /incidents/{id}/inspections': ['department'],
  'evaluation POST /incidents/{id}/conclusion': ['department'],
  'notification GET /deliveries': ['admin'],
  'notification GET /outbox/set-aside': ['admin'],
  'notification POST /outbox/replay': ['admin'],
  // The portal's own endpoints ignore bearer tokens: without the portal header or a session they refuse.
  'admin POST /portal/sign-in/code': 'portal',
  'admin POST /portal/sign-in': 'portal',
  'admin POST /portal/sign-out': 'portal',
  'admin GET /portal/me': 'portal',
  'admin GET /l/{capability}': 'public',
  'admin GET /outbox/set-aside': ['admin'],
  'admin POST /outbox/replay': ['admin'],
  'admin POST /portal/links/revocations': ['admin'],
  'admin GET /admin/clock': ['admin'],
  'admin POST /admin/clock': ['admin'],
};

/** /health is public on every service; /audit (each service's own audit trail) is for administrators. */
export function accessOf(service: string, method: string, template: string): Access | undefined {
  if (template === '/health') return 'public';
  if (method === 'GET' && template === '/audit') return ['admin'];
  return ACCESS[`${service} ${method} ${template}`];
}
