import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { shanghaiIso } from '@tuoyu/deadlines';
import { postSignedWebhook } from '@tuoyu/http';
import { NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { Department } from '../department.entity';
import { Handoff } from './handoff.entity';

export interface DeadLetterView {
  handoffId: string;
  regionCode: string;
  filingCaseId: string;
  attempts: number;
  lastError: string | null;
}

/**
 * Pushes shared handoffs to a department's own system, signed by the Standard Webhooks scheme (webhook-id is
 * stable per handoff, so the receiver can drop repeats). Failures are retried by the queue; the last failure
 * marks the handoff dead until an administrator redrives it.
 */
@Injectable()
export class HandoffWebhookService {
  private readonly logger = new Logger(HandoffWebhookService.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /** In the caller's transaction: the push happens if and only if the share is committed. */
  schedule(em: EntityManager, handoff: Handoff): void {
    handoff.webhookStatus = 'pending';
    this.outbox.add(em, QueueName.Filing, MessageType.HandoffWebhookDue, { v: 1, handoffId: handoff.id });
  }

  async deliver(handoffId: string, attempt: { number: number; final: boolean }): Promise<'delivered' | 'skipped'> {
    const em = this.orm.em.fork() as EntityManager;
    const handoff = await em.findOne(Handoff, handoffId, { populate: ['filingCase'] });
    if (!handoff || handoff.webhookStatus === 'delivered') return 'skipped';
    const department = await em.getRepository(Department).forRegion(handoff.regionCode);
    if (!department?.webhookUrl || !department.webhookSecret) {
      handoff.webhookStatus = 'none';
      await em.flush();
      return 'skipped';
    }
    const now = this.clock.now();
    const body = JSON.stringify({
      type: 'handoff.shared',
      timestamp: shanghaiIso(now),
      data: {
        handoffId: handoff.id,
        filingCaseId: handoff.filingCase.id,
        uscc: handoff.filingCase.uscc,
        name: handoff.filingCase.name,
        regionCode: handoff.regionCode,
        address: handoff.filingCase.address,
        registrationApprovedOn: handoff.filingCase.registrationApprovedOn,
        filingDueOn: handoff.filingCase.dueOn,
      },
    });
    handoff.webhookAttempts += 1;
    const event = { id: `handoff_${handoff.id}`, body };
    const { webhookUrl, webhookSecret } = department;
    const failure = await postSignedWebhook(webhookUrl, webhookSecret, event, now, this.config.isProduction);
    if (!failure) {
      handoff.webhookStatus = 'delivered';
      handoff.webhookDeliveredAt = now;
      handoff.webhookLastError = undefined;
      await em.flush();
      return 'delivered';
    }
    handoff.webhookLastError = failure.slice(0, 500);
    if (attempt.final) handoff.webhookStatus = 'dead';
    await em.flush();
    this.logger.warn(
      `webhook of handoff ${handoff.id} to ${department.webhookUrl} failed (attempt ${attempt.number}${attempt.final ? ', dead' : ''}): ${failure}`,
    );
    throw new Error(`webhook to ${department.webhookUrl} failed: ${failure}`);
  }

  async deadLetters(): Promise<DeadLetterView[]> {
    const em = this.orm.em.fork() as EntityManager;
    const dead = await em.find(Handoff, { webhookStatus: 'dead' }, { orderBy: { sharedAt: 'asc' }, limit: 500 });
    return dead.map((h) => ({
      handoffId: h.id,
      regionCode: h.regionCode,
      filingCaseId: h.filingCase.id,
      attempts: h.webhookAttempts,
      lastError: h.webhookLastError ?? null,
    }));
  }

  /** A new job (new message id) for a dead handoff: the receiver still sees the same webhook-id. */
  redrive(handoffId: string): Promise<void> {
    return (this.orm.em.fork() as EntityManager).transactional(async (em) => {
      const handoff = await em.findOne(Handoff, { id: handoffId, webhookStatus: 'dead' });
      if (!handoff) throw new NotFoundError(`Handoff ${handoffId} has no dead webhook delivery`);
      this.schedule(em, handoff);
    });
  }
}
