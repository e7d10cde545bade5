import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { ActiveSession, PortalIdentity, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from './portal-identity';
import { PortalSession } from './portal-session.entity';
import { PortalRepository } from './portal.repository';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: the browser holds a random token in an HttpOnly cookie, the table only its hash. */
@Injectable()
export class PortalSessions {
  constructor(
    private readonly store: PortalRepository,
    private readonly clock: Clock,
  ) {}

  /** Opens a session and returns the token for the cookie (never stored). */
  open(identity: PortalIdentity, scope: { caseId: string } | undefined): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    return this.store.transactional((em) => {
      em.create(PortalSession, {
        tokenHash: hashOf(token),
        role: identity.role,
        region: identity.region,
        uscc: identity.uscc,
        name: identity.name,
        caseId: scope?.caseId,
        readOnly: scope !== undefined,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 3600_000),
      });
      return Promise.resolve(token);
    });
  }

  /** The live session for this token, its idle timer restarted; undefined when ended, idle too long or too old. */
  resolve(token: string | undefined): Promise<ActiveSession | undefined> {
    if (!token) return Promise.resolve(undefined);
    return this.store.transactional(async (em) => {
      const session = await this.store.session(em, hashOf(token));
      const now = this.clock.now();
      if (!session || session.endedAt || session.expiresAt <= now) return undefined;
      if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MINUTES * 60_000) {
        session.endedAt = now;
        return undefined;
      }
      session.lastSeenAt = now;
      const { role, region, uscc, name, readOnly, caseId, expiresAt } = session;
      return { role, region, uscc, name, readOnly, caseId, expiresAt };
    });
  }

  end(token: string | undefined): Promise<void> {
    if (!token) return Promise.resolve();
    return this.store.transactional(async (em) => {
      const session = await this.store.session(em, hashOf(token));
      if (session && !session.endedAt) session.endedAt = this.clock.now();
    });
  }
}
