import { Migration } from '@mikro-orm/migrations';
import { DeadlineCountMigration } from './deadline-count.migration';

/** Deadline and rung tables: every service that owns deadlines carries them. */
export class DeadlineTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "deadline" (
      "id" uuid not null primary key,
      "kind" varchar(32) not null,
      "subject_type" varchar(32) not null,
      "subject_id" uuid not null,
      "region_code" varchar(6) null,
      "start_on" date not null,
      "period_amount" int not null,
      "period_unit" varchar(16) not null,
      "due_on" date not null,
      "due_at" timestamptz not null,
      "provisional" boolean not null,
      "explanation" jsonb not null,
      "status" varchar(16) not null,
      "opened_at" timestamptz not null,
      "closed_at" timestamptz null)`);
    this.addSql(
      `alter table "deadline" add constraint "deadline_subject_kind_unique" unique ("subject_type", "subject_id", "kind")`,
    );
    this.addSql(`create table "deadline_rung" (
      "id" uuid not null primary key,
      "deadline_id" uuid not null,
      "rung" varchar(48) not null,
      "fire_at" timestamptz not null,
      "status" varchar(16) not null,
      "fired_at" timestamptz null,
      "fired_by" varchar(16) null)`);
    this.addSql(`alter table "deadline_rung" add constraint "deadline_rung_unique" unique ("deadline_id", "rung")`);
    this.addSql(`alter table "deadline_rung" add constraint "deadline_rung_deadline_id_foreign"
      foreign key ("deadline_id") references "deadline" ("id") on update cascade on delete cascade`);
    this.addSql(`create index "deadline_rung_pending_idx" on "deadline_rung" ("fire_at") where "status" = 'pending'`);
  }

  override down(): void {
    this.addSql('drop table if exists "deadline_rung"');
    this.addSql('drop table if exists "deadline"');
  }
}

export class HolidayNoticeTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "holiday_notice" (
      "year" int not null primary key,
      "holidays" jsonb not null,
      "make_up_workdays" jsonb not null,
      "source" varchar(200) null,
      "loaded_at" timestamptz not null)`);
  }

  override down(): void {
    this.addSql('drop table if exists "holiday_notice"');
  }
}

/** Rungs beyond the fast-path horizon have no job yet; queued_at says which ones the sweeper still has to queue. */
export class DeadlineRungQueuedAtMigration extends Migration {
  override up(): void {
    // Existing rungs already have their job in the outbox (planned before the horizon existed).
    this.addSql(`alter table "deadline_rung" add column "queued_at" timestamptz null`);
    this.addSql(`update "deadline_rung" set "queued_at" = now() where "status" = 'pending'`);
  }

  override down(): void {
    this.addSql(`alter table "deadline_rung" drop column "queued_at"`);
  }
}

/**
 * A deadline keeps its explanation as steps too (codes with their facts), so a zh-CN notice states it in Chinese.
 * Rows from before stay without steps: their notices fall back to the rules in general (see knownSteps).
 */
export class DeadlineExplanationStepsMigration extends Migration {
  override up(): void {
    this.addSql('alter table "deadline" add column "explanation_steps" jsonb null');
  }

  override down(): void {
    this.addSql('alter table "deadline" drop column if exists "explanation_steps"');
  }
}

/** Tables of a service that owns deadlines, in order. */
export const DEADLINE_MIGRATIONS = [
  { name: '20261123000100_deadline_tables', class: DeadlineTablesMigration },
  { name: '20261123000110_holiday_notice_table', class: HolidayNoticeTableMigration },
  { name: '20261204102000_deadline_count', class: DeadlineCountMigration },
  { name: '20261204104000_deadline_explanation_steps', class: DeadlineExplanationStepsMigration },
];

/** Appended after each service's own migrations (names sort after theirs). */
export const DEADLINE_RUNG_QUEUED_AT_MIGRATION = {
  name: '20261204101000_deadline_rung_queued_at',
  class: DeadlineRungQueuedAtMigration,
};
