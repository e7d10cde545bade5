import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { HandoffReceived } from '@tuoyu/contracts';
import { DeadlineScheduler } from '@tuoyu/deadlines';
import { SharingDuty } from './sharing-duty.entity';
import { SHARING_DUTY_SUBJECT } from './sharing-duty-deadline.handler';

/** Keeps the 30-day sharing duty: it is met once the filing service confirms it has the registration. */
@Injectable()
export class SharingDutyService {
  private readonly logger = new Logger(SharingDutyService.name);

  constructor(private readonly scheduler: DeadlineScheduler) {}

  async recordHandoff(em: EntityManager, receipt: HandoffReceived): Promise<void> {
    const subject = { type: SHARING_DUTY_SUBJECT, id: receipt.registrationId };
    // The deadline before the duty, the order a firing rung takes them in: the two never deadlock.
    await this.scheduler.hold(em, subject, 'sharing_duty');
    const duty = await em.getRepository(SharingDuty).findByRegistration(receipt.registrationId);
    if (!duty) throw new Error(`HandoffReceived for unknown registration ${receipt.registrationId}`);
    if (duty.markDelivered(receipt.filingCaseId, new Date(receipt.receivedAt))) {
      await this.scheduler.meet(em, subject, 'sharing_duty');
      this.logger.log(
        `registration ${duty.registration.id} shared with the health department (case ${receipt.filingCaseId})`,
      );
    }
  }
}
