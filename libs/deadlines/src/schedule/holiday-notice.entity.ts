import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { NamedDay } from '../calculus/holiday-notice';

/** A year's holiday notice loaded by an administrator; it wins over bundled data for its year. */
@Entity({ tableName: 'holiday_notice' })
export class HolidayNoticeRecord {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year: number;

  @Property({ type: 'json' })
  holidays: NamedDay[];

  @Property({ type: 'json' })
  makeUpWorkdays: NamedDay[];

  @Property({ type: 'string', length: 200, nullable: true })
  source?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  loadedAt: Date;
}
