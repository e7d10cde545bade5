import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageTypeOf, PayloadOf, QueueName } from '@tuoyu/contracts';
import { OutboxMessage } from './outbox-message.entity';

/**
 * The only way domain code sends a message: it joins the caller's unit of work, so the message exists
 * if and only if the change that caused it was committed. The relay publishes it afterwards.
 */
@Injectable()
export class Outbox {
  constructor(private readonly clock: Clock) {}

  add<Q extends QueueName, T extends MessageTypeOf<Q>>(
    em: EntityManager,
    queue: Q,
    type: T,
    payload: PayloadOf<Q, T>,
    options: { deliverAt?: Date } = {},
  ): OutboxMessage {
    const message = em.create(OutboxMessage, {
      id: randomUUID(),
      queue,
      type,
      payload,
      createdAt: this.clock.now(),
      deliverAt: options.deliverAt,
      attempts: 0,
    });
    em.persist(message);
    return message;
  }
}
