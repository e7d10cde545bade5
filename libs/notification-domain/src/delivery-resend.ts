import { MikroORM } from '@mikro-orm/core';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import { ConflictError, NotFoundError } from '@tuoyu/kernel';
import { QueueRegistry } from '@tuoyu/messaging';
import { Delivery } from './delivery.entity';

/** How many failed jobs are searched for the request of a failed delivery (failed jobs are kept, newest first). */
const FAILED_JOBS_SEARCHED = 1000;

/**
 * Sends a failed delivery again, once an administrator fixed its cause (a mailbox, a relay): the failed job still
 * holds the request (failed jobs are kept), the row goes back to pending with fresh attempts, and the job is
 * retried. The idempotency key stays the same, so the recipient's systems still recognise one notice.
 */
@Injectable()
export class DeliveryResend {
  private readonly logger = new Logger(DeliveryResend.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly queues: QueueRegistry,
  ) {}

  async resend(key: string): Promise<{ key: string; status: string }> {
    const queue = this.queues.get(QueueName.Notification);
    const failed = await queue.getFailed(0, FAILED_JOBS_SEARCHED - 1);
    const job = failed.find((candidate) => (candidate.data as { idempotencyKey?: string }).idempotencyKey === key);
    const em = this.orm.em.fork() as EntityManager;
    await em.transactional(async (tx) => {
      const delivery = await tx.findOne(Delivery, { idempotencyKey: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!delivery) throw new NotFoundError(`No delivery has the key ${key}`);
      if (delivery.status !== 'failed') {
        throw new ConflictError(`Delivery ${key} is ${delivery.status}: only a failed delivery is resent`);
      }
      if (!job) throw new ConflictError(`The request of delivery ${key} is no longer kept: it cannot be resent`);
      delivery.status = 'pending';
      delivery.attempts = 0;
      delivery.ambiguousAttempts = 0;
      delivery.lastError = `resent by an administrator after: ${delivery.lastError ?? 'a failure'}`;
    });
    await job!.retry('failed');
    this.logger.log(`delivery ${key} resent by an administrator`);
    return { key, status: 'pending' };
  }
}
