import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { LinkCapabilities } from './link-capability';

/** Long enough to outlive a filing, its corrections and a review; the link only reads the institution's own case. */
export const INSTITUTION_LINK_TTL_SECONDS = 60 * 24 * 3600;

/**
 * Links in notices, all to pages of the portal (PUBLIC_BASE_URL). The institution's carries an opaque read-only
 * capability for its own case (`/l/<capability>`), exchanged by the portal for a read-only view; acting needs a
 * sign-in. Everyone else's link is a plain page address behind their sign-in.
 */
@Injectable()
export class CaseLinks {
  constructor(
    protected readonly config: AppConfig,
    private readonly capabilities: LinkCapabilities,
  ) {}

  /** Without the signing key (production services are not issuers) the link is plain: the institution signs in. */
  forInstitution(caseId: string, uscc: string): string {
    return `${this.config.publicBaseUrl}/l/${this.capabilities.issue(caseId, uscc, INSTITUTION_LINK_TTL_SECONDS)}`;
  }

  /** The case in the department's workplace. */
  plain(caseId: string): string {
    return `${this.config.publicBaseUrl}/department/cases/${caseId}`;
  }

  /** The department's worklist (handoffs, cases by status). */
  worklist(): string {
    return `${this.config.publicBaseUrl}/department`;
  }

  /** A registration in the authority's workplace (its sharing duty). */
  registration(registrationId: string): string {
    return `${this.config.publicBaseUrl}/authority/registrations/${registrationId}`;
  }
}
