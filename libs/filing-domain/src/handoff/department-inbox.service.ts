import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { shanghaiIso } from '@tuoyu/deadlines';
import { Principal, regionContains, regionPrefix } from '@tuoyu/identity';
import { NotFoundError } from '@tuoyu/kernel';
import { Handoff } from './handoff.entity';

export interface HandoffOffer {
  handoffId: string;
  leasedUntil: string;
  /** How many times this handoff has been offered (1 the first time; more after expired leases). */
  deliveries: number;
  sharedAt: string;
  filing: {
    id: string;
    uscc: string;
    name: string;
    regionCode: string;
    address: string;
    serviceTypes: string[];
    capacity: number;
    inclusive: boolean;
    registrationApprovedOn: string;
    dueOn: string;
    status: string;
  };
}

/**
 * The department's queue of handoffs, with lease/ack semantics: a leased handoff is hidden until its lease
 * expires, an acknowledged one is never offered again, an unacknowledged one comes back.
 */
@Injectable()
export class DepartmentInbox {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  lease(principal: Principal, limit: number, leaseSeconds: number): Promise<HandoffOffer[]> {
    return this.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const leasedUntil = new Date(now.getTime() + leaseSeconds * 1000);
      const offers = await em.getRepository(Handoff).claimOffers(regionPrefix(principal.region!), now, limit);
      await em.populate(offers, ['filingCase']);
      for (const handoff of offers) {
        handoff.leasedUntil = leasedUntil;
        handoff.deliveries += 1;
      }
      return offers.map(toOffer);
    });
  }

  /** Idempotent: acknowledging twice is the same as once. */
  acknowledge(principal: Principal, handoffId: string): Promise<void> {
    return this.em.fork().transactional(async (em) => {
      const handoff = await em.findOne(Handoff, handoffId);
      if (!handoff || !handoff.sharedAt || !regionContains(principal.region!, handoff.regionCode)) {
        throw new NotFoundError(`Handoff ${handoffId} is not in your inbox`);
      }
      handoff.acknowledgedAt ??= this.clock.now();
    });
  }
}

function toOffer(handoff: Handoff): HandoffOffer {
  const c = handoff.filingCase;
  return {
    handoffId: handoff.id,
    leasedUntil: shanghaiIso(handoff.leasedUntil!),
    deliveries: handoff.deliveries,
    sharedAt: shanghaiIso(handoff.sharedAt!),
    filing: {
      id: c.id,
      uscc: c.uscc,
      name: c.name,
      regionCode: c.regionCode,
      address: c.address,
      serviceTypes: c.serviceTypes,
      capacity: c.capacity,
      inclusive: c.inclusive,
      registrationApprovedOn: c.registrationApprovedOn,
      dueOn: c.dueOn,
      status: c.status,
    },
  };
}
