import { InboxMessage } from './inbox-message.entity';
import { OutboxMessage } from './outbox-message.entity';

/** Entities every service with a database registers. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxMessage];
