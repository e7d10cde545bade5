import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A message this service has handled; written in the same transaction as the handler's effect. */
@Entity({ tableName: 'inbox_message' })
@Index({ name: 'inbox_message_handled_idx', properties: ['handledAt'] })
export class InboxMessage {
  @PrimaryKey({ type: 'string', length: 100 })
  id: string;

  @Property({ type: 'string', length: 64 })
  type: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  handledAt: Date;
}
