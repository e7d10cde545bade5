import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { LinkGrant } from './link-grant.entity';
import { LinkRevocation } from './link-revocation.entity';
import { PortalSession } from './portal-session.entity';
import { SignInCode } from './sign-in-code.entity';

/** Every query of the portal's own tables. Each call works in its own forked unit of work. */
@Injectable()
export class PortalRepository {
  constructor(private readonly em: EntityManager) {}

  transactional<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.em.fork().transactional(work);
  }

  session(em: EntityManager, tokenHash: string): Promise<PortalSession | null> {
    return em.findOne(PortalSession, { tokenHash }, { lockMode: undefined });
  }

  code(em: EntityManager, id: string): Promise<SignInCode | null> {
    return em.findOne(SignInCode, { id });
  }

  codesSentSince(em: EntityManager, email: string, since: Date): Promise<number> {
    return em.count(SignInCode, { email, createdAt: { $gte: since } });
  }

  grant(em: EntityManager, capabilityHash: string): Promise<LinkGrant | null> {
    return em.findOne(LinkGrant, { capabilityHash });
  }

  revocation(em: EntityManager, caseId: string): Promise<LinkRevocation | null> {
    return em.findOne(LinkRevocation, { caseId });
  }

  async revokeCase(em: EntityManager, caseId: string, now: Date): Promise<void> {
    await em.upsert(LinkRevocation, { caseId, revokedBefore: now });
    await em.nativeUpdate(LinkGrant, { caseId, revokedAt: null }, { revokedAt: now });
    await em.nativeUpdate(PortalSession, { caseId, endedAt: null }, { endedAt: now });
  }
}
