import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { CaseLinks, LinkCapabilities } from '@tuoyu/identity';

/**
 * Links in evaluation notices. PUBLIC_BASE_URL is the filing service, where an institution reads its case and the
 * public reads the disclosure list that carries the published level.
 */
@Injectable()
export class EvaluationLinks extends CaseLinks {
  constructor(config: AppConfig, capabilities: LinkCapabilities) {
    super(config, capabilities);
  }

  publicList(regionCode: string): string {
    return `${this.config.publicBaseUrl}/public/filings?region=${regionCode}`;
  }
}
