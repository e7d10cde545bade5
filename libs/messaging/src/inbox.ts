import { ChangeSetType, MikroORM } from '@mikro-orm/core';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { insertInOneStatement } from '@tuoyu/persistence';
import { InboxMessage } from './inbox-message.entity';
import { Outbox } from './outbox';

/**
 * Idempotent consumption: the inbox row and the handler's effect commit in one transaction, so a redelivered
 * message finds its row and has no second effect. A concurrent duplicate waits on the primary key, then skips.
 */
@Injectable()
export class Inbox {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
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

  /**
   * handleOnce for an effect that only reads and creates rows (em.create, the outbox's add): the inbox row and
   * everything created go to the database as ONE statement (insertInOneStatement), atomic by itself, so there is
   * no transaction around it (BEGIN, the inbox insert and COMMIT were three round trips of a handoff's five). A
   * message handled before makes the inbox row's primary key refuse the whole statement: nothing else is written,
   * the same outcome as handleOnce (a concurrent duplicate waits on the key, then is refused). The effect's reads
   * run before that, outside any transaction: it must not rely on locks, and must not change loaded entities.
   */
  async handleOnceInOneStatement(
    message: { id: string; type: string },
    effect: (em: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    await effect(em);
    // Checked before anything is written: a change left unwritten would be lost for good (the inbox row says done).
    em.getUnitOfWork().computeChangeSets();
    if (
      em
        .getUnitOfWork()
        .getChangeSets()
        .some((change) => change.type !== ChangeSetType.CREATE)
    )
      throw new Error(`the effect of ${message.type} changed loaded entities: handleOnce is the one for it`);
    em.create(InboxMessage, { id: message.id, type: message.type, handledAt: this.clock.now() });
    try {
      await insertInOneStatement(em);
    } catch (error) {
      const table = em.getMetadata().get(InboxMessage.name).tableName;
      if (error instanceof UniqueConstraintViolationException && (error as { table?: string }).table === table)
        return false;
      throw error;
    }
    this.outbox.written(em);
    return true;
  }
}
