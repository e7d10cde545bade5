import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { CaseLinks, LinkCapabilities } from '@tuoyu/identity';

/**
 * Links in evaluation notices. PUBLIC_BASE_URL is the filing service, where an institution reads its case and the
 * public reads the disclosure list that carries the published level. Complaint and incident pages are the
 * portal's (its API proxy passes them to this service).
 */
@Injectable()
export class EvaluationLinks extends CaseLinks {
  constructor(config: AppConfig, capabilities: LinkCapabilities) {
    super(config, capabilities);
  }

  publicList(regionCode: string): string {
    return `${this.config.publicBaseUrl}/public/filings?region=${regionCode}`;
  }

  /** Where a complainant follows a complaint by its reference (no account, no contact shown). */
  complaintLookup(reference: string): string {
    return `${this.config.publicBaseUrl}/public/complaints/${reference}`;
  }

  complaint(id: string): string {
    return `${this.config.publicBaseUrl}/complaints/${id}`;
  }

  incident(id: string): string {
    return `${this.config.publicBaseUrl}/incidents/${id}`;
  }
}
