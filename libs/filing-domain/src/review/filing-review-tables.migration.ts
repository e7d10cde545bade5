import { Migration } from '@mikro-orm/migrations';

/** Submissions, rosters, correction requests, receipts, bans and disclosed evaluation levels. */
export class FilingReviewTablesMigration extends Migration {
  override up(): void {
    this.addSql(`alter table "filing_case"
      add column "receipt_number" varchar(64) null,
      add column "filed_on" date null,
      add column "non_compliance_reasons" jsonb null,
      add column "decided_on" date null,
      add column "evaluation_level" varchar(1) null,
      add column "evaluation_published_on" date null`);
    this.addSql(`create table "filing_submission" (
      "id" uuid not null primary key,
      "filing_case_id" uuid not null,
      "sequence" int not null,
      "materials" jsonb not null,
      "documents" jsonb not null,
      "submitted_on" date not null,
      "submitted_at" timestamptz not null,
      "outcome" varchar(32) not null default 'under_review')`);
    this.addSql(`alter table "filing_submission" add constraint "filing_submission_sequence_unique"
      unique ("filing_case_id", "sequence")`);
    this.addSql(`alter table "filing_submission" add constraint "filing_submission_filing_case_id_foreign"
      foreign key ("filing_case_id") references "filing_case" ("id") on update cascade on delete cascade`);
    this.addSql(`create table "roster_entry" (
      "id" uuid not null primary key,
      "filing_case_id" uuid not null,
      "submission_id" uuid not null,
      "person_id_hash" varchar(64) not null,
      "person_id_masked" varchar(18) not null,
      "name" varchar(100) not null,
      "role" varchar(32) not null,
      "active" boolean not null)`);
    this.addSql(`alter table "roster_entry" add constraint "roster_entry_filing_case_id_foreign"
      foreign key ("filing_case_id") references "filing_case" ("id") on update cascade on delete cascade`);
    this.addSql(`create index "roster_entry_case_idx" on "roster_entry" ("filing_case_id")`);
    // One active roster per person (RosterEntry).
    this.addSql(`create unique index "roster_entry_active_person_unique" on "roster_entry" ("person_id_hash")
      where "active"`);
    this.addSql(`create table "correction_request" (
      "id" uuid not null primary key,
      "filing_case_id" uuid not null,
      "submission_id" uuid not null,
      "items" jsonb not null,
      "requested_on" date not null,
      "status" varchar(16) not null default 'open')`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_filing_case_id_foreign"
      foreign key ("filing_case_id") references "filing_case" ("id") on update cascade on delete cascade`);
    this.addSql(`create table "ban_record" (
      "id" uuid not null primary key,
      "subject" varchar(16) not null,
      "person_id_hash" varchar(64) null,
      "uscc" varchar(18) null,
      "reason" varchar(500) not null,
      "region_code" varchar(6) not null,
      "recorded_on" date not null)`);
    this.addSql(`create index "ban_record_person_idx" on "ban_record" ("person_id_hash")`);
    this.addSql(`create index "ban_record_uscc_idx" on "ban_record" ("uscc")`);
    this.addSql(`create table "receipt_counter" (
      "region_code" varchar(6) not null,
      "year" int not null,
      "last" int not null,
      constraint "receipt_counter_pkey" primary key ("region_code", "year"))`);
  }

  override down(): void {
    for (const table of ['receipt_counter', 'ban_record', 'correction_request', 'roster_entry', 'filing_submission']) {
      this.addSql(`drop table if exists "${table}"`);
    }
  }
}
