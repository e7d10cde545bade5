import { Migration } from '@mikro-orm/migrations';

export class IncidentTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "incident" (
      "id" uuid not null primary key,
      "subject_id" uuid not null,
      "uscc" varchar(18) not null,
      "institution_name" varchar(200) not null,
      "region_code" varchar(6) not null,
      "department_name" varchar(200) null,
      "department_email" varchar(254) null,
      "kind" varchar(32) not null,
      "severity" varchar(16) not null,
      "occurred_at" timestamptz not null,
      "children_affected" int not null,
      "actions_taken" text null,
      "description" text null,
      "source" varchar(16) not null,
      "reported_at" timestamptz null,
      "report_due_at" timestamptz not null,
      "reported_late" boolean not null,
      "not_reported" boolean not null,
      "learned_at" timestamptz null,
      "status" varchar(16) not null,
      "follow_up_due_on" date not null,
      "conclusion" text null,
      "concluded_on" date null,
      "ban_ids" jsonb not null,
      "inspection_id" uuid null,
      "rectification_order_id" uuid null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "incident_subject_index" on "incident" ("subject_id")`);
    this.addSql(`create index "incident_region_index" on "incident" ("region_code")`);
    // The report watch scans only what can still be flagged.
    this.addSql(`create index "incident_unreported_index" on "incident" ("report_due_at")
      where "reported_at" is null and not "not_reported"`);
  }

  override down(): void {
    this.addSql('drop table if exists "incident"');
  }
}
