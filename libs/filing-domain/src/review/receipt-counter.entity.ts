import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last 备案回执 sequence number issued per county and year (see nextReceiptNumber). */
@Entity({ tableName: 'receipt_counter' })
export class ReceiptCounter {
  @PrimaryKey({ type: 'string', length: 6 })
  regionCode: string;

  @PrimaryKey({ type: 'integer' })
  year: number;

  @Property({ type: 'integer' })
  last: number;
}
