import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageType, QueueName, RegistrationChanges } from '@tuoyu/contracts';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { Principal, regionContains } from '@tuoyu/identity';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { ProvincialPushService } from './provincial/provincial-push.service';
import { Registration } from './registration.entity';
import { SHARING_DUTY_SUBJECT } from './sharing-duty-deadline.handler';

/** Changes (变更登记) and cancellations (注销): recorded here, passed to the health department side. */
@Injectable()
export class RegistrationLifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly scheduler: DeadlineScheduler,
    private readonly provincial: ProvincialPushService,
  ) {}

  async change(
    id: string,
    changedOn: string,
    changes: RegistrationChanges,
    principal: Principal,
  ): Promise<{ changeId: string }> {
    const touched = Object.entries(changes).filter(([, value]) => value !== undefined);
    if (touched.length === 0) {
      throw new InvalidInputError('A change must change something', [
        {
          field: 'changes',
          code: 'required',
          message: 'give at least one of name, address, legalRepresentativeName, contactEmail, serviceTypes, capacity',
        },
      ]);
    }
    return this.em.fork().transactional(async (em) => {
      const registration = await this.load(em, id, principal, changedOn, 'changedOn');
      em.assign(registration, {
        name: changes.name ?? registration.name,
        address: changes.address ?? registration.address,
        legalRepresentativeName: changes.legalRepresentativeName ?? registration.legalRepresentativeName,
        contactEmail: changes.contactEmail ?? registration.contactEmail,
        serviceTypes: changes.serviceTypes ?? registration.serviceTypes,
        capacity: changes.capacity ?? registration.capacity,
      });
      const changeId = randomUUID();
      this.outbox.add(em, QueueName.Filing, MessageType.RegistrationChanged, {
        v: 1,
        registrationId: registration.id,
        changeId,
        uscc: registration.uscc,
        changedOn,
        changes: Object.fromEntries(touched),
      });
      this.provincial.schedule(em, registration, 'registration.changed', { changeId, changedOn });
      return { changeId };
    });
  }

  async cancel(id: string, cancelledOn: string, reason: string, principal: Principal): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const registration = await this.load(em, id, principal, cancelledOn, 'cancelledOn');
      registration.status = 'cancelled';
      // A cancelled registration has nothing left to share: its reminders stop.
      await this.scheduler.cancel(em, { type: SHARING_DUTY_SUBJECT, id: registration.id }, 'sharing_duty');
      this.outbox.add(em, QueueName.Filing, MessageType.RegistrationCancelled, {
        v: 1,
        registrationId: registration.id,
        uscc: registration.uscc,
        cancelledOn,
        reason,
      });
      this.provincial.schedule(em, registration, 'registration.cancelled', { cancelledOn, reason });
    });
  }

  /** The registration, if the authority may act on it, it is not cancelled, and the date is plausible. */
  private async load(
    em: EntityManager,
    id: string,
    principal: Principal,
    on: string,
    field: string,
  ): Promise<Registration> {
    const registration = await em.findOne(Registration, id);
    if (!registration) throw new NotFoundError(`Registration ${id} does not exist`);
    if (!principal.region || !regionContains(principal.region, registration.regionCode)) {
      throw new ForbiddenError(`Registration ${id} is outside your region ${principal.region ?? '(none)'}`);
    }
    if (registration.status === 'cancelled') throw new ConflictError(`Registration ${id} is cancelled (已注销)`);
    const today = localDateAt(this.clock.now());
    if (on > today || on < registration.approvedOn) {
      throw new InvalidInputError(`${field} is out of range`, [
        {
          field,
          code: 'range',
          message: `${field} ${on} must be between the approval ${registration.approvedOn} and today ${today}`,
        },
      ]);
    }
    return registration;
  }
}
