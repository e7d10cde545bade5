import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { TokenService } from './token.service';

/** Long enough to outlive a filing, its corrections and a review; the token only reads the institution's own case. */
const INSTITUTION_LINK_TTL_SECONDS = 180 * 24 * 3600;

/**
 * Links to a filing case in notices. The institution's carries its own read-only token (access_token, RFC 6750
 * §2.3) so it opens without a login; anyone else's link is plain and needs their own token.
 */
@Injectable()
export class CaseLinks {
  constructor(
    protected readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  /** Without the signing key (production services are not issuers) the link is plain: the institution signs in. */
  forInstitution(caseId: string, uscc: string): string {
    if (!this.tokens.canSign) return this.plain(caseId);
    const token = this.tokens.sign({ role: 'institution', uscc }, INSTITUTION_LINK_TTL_SECONDS, ['filing']);
    return `${this.plain(caseId)}?access_token=${token}`;
  }

  plain(caseId: string): string {
    return `${this.config.publicBaseUrl}/filings/${caseId}`;
  }
}
