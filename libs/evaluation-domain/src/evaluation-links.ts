import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { TokenService } from '@tuoyu/identity';

/** Long enough for a rectification period and its re-inspection; the token only reads the institution's own case. */
const INSTITUTION_LINK_TTL_SECONDS = 180 * 24 * 3600;

/**
 * Links in evaluation notices. PUBLIC_BASE_URL is the filing service, where an institution reads its case and the
 * public reads the disclosure list that carries the published level.
 */
@Injectable()
export class EvaluationLinks {
  constructor(
    private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  forInstitution(filingCaseId: string, uscc: string): string {
    const token = this.tokens.sign({ role: 'institution', uscc }, INSTITUTION_LINK_TTL_SECONDS);
    return `${this.plain(filingCaseId)}?access_token=${token}`;
  }

  plain(filingCaseId: string): string {
    return `${this.config.publicBaseUrl}/filings/${filingCaseId}`;
  }

  publicList(regionCode: string): string {
    return `${this.config.publicBaseUrl}/public/filings?region=${regionCode}`;
  }
}
