import type { Role } from '@tuoyu/identity';

/**
 * Who may call each operation: the one table the authorization matrix is generated from. Every operation in a
 * service's OpenAPI must be listed (the matrix fails on a missing one); 'public' needs no token.
 */
export type Access = readonly Role[] | 'public' | 'sign_in';

export const ACCESS: Record<string, Access> = {
  'registration POST /registrations': ['authority'],
  'registration PATCH /registrations/{id}': ['authority'],
  'registration POST /registrations/{id}/cancellation': ['authority'],
  'registration GET /registrations/{id}': ['authority', 'admin'],
  'registration POST /registrations/import': ['authority'],
  'registration PUT /authorities/{regionCode}/{authorityKind}': ['admin'],
  'registration GET /authorities/{regionCode}/{authorityKind}': ['admin'],
  'filing GET /filings': ['department', 'institution', 'admin'],
  'filing GET /filings/{id}': ['department', 'institution', 'admin'],
  'filing POST /filings/{id}/submission': ['institution'],
  'filing POST /filings/{id}/changes/{changeId}/submission': ['institution'],
  'filing POST /filings/{id}/receipt': ['department'],
  'filing POST /filings/{id}/correction-request': ['department'],
  'filing POST /filings/{id}/non-compliance': ['department'],
  'filing GET /statistics': ['department', 'admin'],
  'filing POST /inbox/handoffs/lease': ['department'],
  'filing POST /inbox/handoffs/{handoffId}/ack': ['department'],
  'filing PUT /departments/{regionCode}': ['admin'],
  'filing GET /departments/{regionCode}': ['admin'],
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
  'notification GET /deliveries': ['admin'],
  // Takes its credential in the query (being replaced by i13's session sign-in): 401 for any bearer alone.
  'admin GET /admin/login': 'sign_in',
  'admin GET /admin/clock': ['admin'],
  'admin POST /admin/clock': ['admin'],
};

/** /health is public on every service. */
export function accessOf(service: string, method: string, template: string): Access | undefined {
  if (template === '/health') return 'public';
  return ACCESS[`${service} ${method} ${template}`];
}
