import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A message this service has handled; written in the same transaction as the handler's effect. */
@Entity({ tableName: 'inbox_message' })
export class InboxMessage {
  @PrimaryKey({ type: 'string', length: 100 })
  id: string;

  @Property({ type: 'string', length: 64 })
  type: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  handledAt: Date;
}
