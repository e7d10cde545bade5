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

  /**
   * An import batch's receipts (HandoffsReceived). Most imported duties were met on their history's day: those
   * only learn their case, from one read of the batch's duties; the rest are recorded as recordHandoff records one.
   */
  async recordHandoffs(em: EntityManager, receipts: HandoffReceived[]): Promise<void> {
    const duties = await em.getRepository(SharingDuty).byRegistration(receipts.map((r) => r.registrationId));
    // In registration order: two batches lock their deadlines in the same order.
    const ordered = [...receipts].sort((a, b) => a.registrationId.localeCompare(b.registrationId));
    for (const receipt of ordered) {
      const duty = duties.get(receipt.registrationId);
      if (!duty) throw new Error(`HandoffReceived for unknown registration ${receipt.registrationId}`);
      // Delivered is final: nothing to lock, the duty only learns its case.
      if (duty.status === 'delivered') duty.markDelivered(receipt.filingCaseId, new Date(receipt.receivedAt));
      else await this.recordHandoff(em, receipt);
    }
  }

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
