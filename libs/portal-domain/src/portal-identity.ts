import type { Role } from '@tuoyu/identity';

/** Who a portal session or sign-in code is for, as the directory or registration knows them. */
export interface PortalIdentity {
  role: Role;
  region?: string;
  uscc?: string;
  name: string;
}

/** A signed-in (or link-opened) session as the portal server sees it. */
export interface ActiveSession extends PortalIdentity {
  readOnly: boolean;
  /** A link session may read this case only. */
  caseId?: string;
  expiresAt: Date;
}

/** Minutes a session lives without a request, and hours it lives at most. */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_MAX_HOURS = 12;
/** A code: 10 minutes, one use, five tries; at most five codes an address per 15 minutes. */
export const CODE_VALID_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
export const CODES_PER_ADDRESS_WINDOW = { count: 5, minutes: 15 };
