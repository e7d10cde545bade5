import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { InboxMessage } from './inbox-message.entity';

/**
 * Idempotent consumption: the inbox row and the handler's effect commit in one transaction, so a redelivered
 * message finds its row and has no second effect. A concurrent duplicate waits on the primary key, then skips.
 */
@Injectable()
export class Inbox {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {}

  /** Runs `effect` unless this message id was handled before; returns whether it ran. */
  async handleOnce(
    message: { id: string; type: string },
    effect: (em: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      const inserted: { affectedRows: number } = await tx
        .createQueryBuilder(InboxMessage)
        .insert({ id: message.id, type: message.type, handledAt: this.clock.now() })
        .onConflict('id')
        .ignore()
        .execute('run');
      if (inserted.affectedRows === 0) return false;
      await effect(tx);
      return true;
    });
  }
}
