import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { RequestContext } from '@tuoyu/kernel';
import { AuditEntry } from './audit-entry.entity';
import { maskIdsIn } from './resident-id-mask';

/**
 * Records decisions and changes in the service's audit trail. The actor and request id come from the request being
 * served (RequestContext); outside a request the actor is `system`.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds the entry to `em`'s unit of work: pass the transaction's manager so the entry commits (or rolls back)
   * with the change it describes.
   */
  record(em: EntityManager, action: string, subject: string, details?: Record<string, unknown>): void {
    const scope = RequestContext.current();
    const actor = scope?.actor;
    em.persist(
      em.create(AuditEntry, {
        id: randomUUID(),
        at: this.clock.now(),
        action,
        subject: maskIdsIn(subject).slice(0, 200),
        actorRole: actor?.role ?? (scope ? 'public' : 'system'),
        actorSubject: actor?.subject ?? actor?.uscc,
        actorRegion: actor?.region,
        requestId: scope?.requestId,
        details: details && (JSON.parse(maskIdsIn(JSON.stringify(details))) as Record<string, unknown>),
      }),
    );
  }

  /** For a change made without a transaction of this database (the clock in Redis): its own insert. */
  async recordNow(action: string, subject: string, details?: Record<string, unknown>): Promise<void> {
    const em = this.em.fork();
    this.record(em, action, subject, details);
    await em.flush();
  }
}
