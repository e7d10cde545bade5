import { ClassConstructor } from 'class-transformer';
import { InvalidMessageError } from './invalid-message.error';
import { InboundMessage, QUEUE_CONTRACT } from './queue-contract';
import { QueueName } from './queue-name';
import { validatePayload } from './validate-payload';

/** Checks a raw job against the queue's contract (conventions.md item 3: queues cross processes; never trust types). */
export function parseMessage<Q extends QueueName>(
  queue: Q,
  id: string | undefined,
  type: string,
  data: unknown,
): InboundMessage<Q> {
  const accepted = QUEUE_CONTRACT[queue] as Partial<Record<string, ClassConstructor<object>>>;
  const cls = Object.hasOwn(accepted, type) ? accepted[type] : undefined;
  if (!cls) {
    throw new InvalidMessageError(
      `queue "${queue}" does not accept message type "${type}" (accepted: ${Object.keys(accepted).join(', ')})`,
    );
  }
  if (!id) throw new InvalidMessageError(`${type}: message has no id`);
  const payload = validatePayload(cls, data, `${type} ${id}`);
  return { id, type, payload } as InboundMessage<Q>;
}
