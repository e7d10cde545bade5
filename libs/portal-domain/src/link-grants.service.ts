import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { LinkCapabilities, LinkScope } from '@tuoyu/identity';
import { LinkGrant } from './link-grant.entity';
import { PortalRepository } from './portal.repository';

/** Exchanges an emailed link's capability for its scope, keeping a ledger of hashes that revocation works on. */
@Injectable()
export class LinkGrants {
  constructor(
    private readonly capabilities: LinkCapabilities,
    private readonly store: PortalRepository,
    private readonly clock: Clock,
  ) {}

  /** The scope, or undefined for a forged, expired or revoked link. */
  exchange(capability: string): Promise<LinkScope | undefined> {
    const scope = this.capabilities.open(capability);
    if (!scope) return Promise.resolve(undefined);
    const capabilityHash = LinkCapabilities.hash(capability);
    return this.store.transactional(async (em) => {
      const revocation = await this.store.revocation(em, scope.caseId);
      if (revocation && scope.issuedAt < revocation.revokedBefore) return undefined;
      const grant = await this.store.grant(em, capabilityHash);
      if (grant?.revokedAt) return undefined;
      if (grant) grant.uses += 1;
      else
        em.create(LinkGrant, {
          capabilityHash,
          caseId: scope.caseId,
          issuedAt: scope.issuedAt,
          expiresAt: scope.expiresAt,
          firstUsedAt: this.clock.now(),
          uses: 1,
        });
      return scope;
    });
  }

  /** Every link to the case issued until now stops working, and the read-only sessions they opened end. */
  revokeCase(caseId: string): Promise<void> {
    return this.store.transactional((em) => this.store.revokeCase(em, caseId, this.clock.now()));
  }
}
