import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { HandoffReceived } from '@tuoyu/contracts';
import { SharingDuty } from './sharing-duty.entity';

/** Keeps the 30-day sharing duty: it is met once the filing service confirms it has the registration. */
@Injectable()
export class SharingDutyService {
  private readonly logger = new Logger(SharingDutyService.name);

  constructor(private readonly clock: Clock) {}

  async recordHandoff(em: EntityManager, receipt: HandoffReceived): Promise<void> {
    const duty = await em.getRepository(SharingDuty).findByRegistration(receipt.registrationId);
    if (!duty) throw new Error(`HandoffReceived for unknown registration ${receipt.registrationId}`);
    if (duty.markDelivered(receipt.filingCaseId, this.clock.now())) {
      this.logger.log(
        `registration ${duty.registration.id} shared with the health department (case ${receipt.filingCaseId})`,
      );
    }
  }
}
