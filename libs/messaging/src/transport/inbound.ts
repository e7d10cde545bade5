import { MessageTypeOf, PayloadOf, QueueName } from '@tuoyu/contracts';

/** A validated message of one type, as an `@EventPattern(type)` handler of queue Q receives it (`@Payload()`). */
export interface Inbound<Q extends QueueName, T extends MessageTypeOf<Q>> {
  id: string;
  type: T;
  payload: PayloadOf<Q, T>;
}
