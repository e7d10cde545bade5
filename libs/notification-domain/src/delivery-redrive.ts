import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { Outbox, RedisLossListener, RedisLossRecovery } from '@tuoyu/messaging';
import { Delivery } from './delivery.entity';

const BATCH = 500;

/**
 * After a Redis data loss: every email not yet sent whose next attempt was a job in Redis (a retry waiting in the
 * delayed set, or an attempt under way) goes back on the notification queue through this service's own outbox.
 * The delivery row per key keeps it once: a sent row answers `already_sent`, a live claim makes the copy wait.
 * The retry comes at once rather than at its planned time: one early attempt, never a lost email.
 */
@Injectable()
export class DeliveryRedrive implements RedisLossListener, OnModuleInit {
  readonly redrives = 'email deliveries';

  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: Outbox,
    private readonly recovery: RedisLossRecovery,
  ) {}

  onModuleInit(): void {
    this.recovery.register(this);
  }

  async afterRedisLoss(): Promise<number> {
    let total = 0;
    for (let after = ''; ;) {
      const em = this.orm.em.fork() as EntityManager;
      const rows = await em.getRepository(Delivery).listUnfinished(after, BATCH);
      for (const row of rows) {
        this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, row.request!);
      }
      await em.flush();
      total += rows.length;
      if (rows.length < BATCH) return total;
      after = rows[rows.length - 1].idempotencyKey;
    }
  }
}
