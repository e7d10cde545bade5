import { Migration } from '@mikro-orm/migrations';

/** Inspections, rectification orders, quality evaluations and bans; subjects learn whom to tell. */
export class EvaluationWorkTablesMigration extends Migration {
  override up(): void {
    this.addSql(`alter table "evaluation_subject"
      add column "contact_email" varchar(254) null,
      add column "address" varchar(300) null,
      add column "department_name" varchar(200) null,
      add column "department_email" varchar(254) null`);
    this.addSql(`create table "inspection" (
      "id" uuid not null primary key,
      "subject_id" uuid not null,
      "region_code" varchar(6) not null,
      "kind" varchar(16) not null,
      "rectification_order_id" uuid null,
      "inspected_on" date not null,
      "results" jsonb not null,
      "passed" boolean not null,
      "inspector" varchar(200) null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "inspection_subject_index" on "inspection" ("subject_id")`);
    this.addSql(`create table "rectification_order" (
      "id" uuid not null primary key,
      "subject_id" uuid not null,
      "region_code" varchar(6) not null,
      "inspection_id" uuid not null,
      "items" jsonb not null,
      "ordered_due_on" date not null,
      "due_on" date not null,
      "status" varchar(16) not null,
      "overdue" boolean not null,
      "closed_by_inspection_id" uuid null,
      "closed_on" date null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "rectification_order_subject_index" on "rectification_order" ("subject_id")`);
    this.addSql(`create table "quality_evaluation" (
      "id" uuid not null primary key,
      "subject_id" uuid not null,
      "region_code" varchar(6) not null,
      "uscc" varchar(18) not null,
      "name" varchar(200) not null,
      "evaluated_on" date not null,
      "dimensions" jsonb not null,
      "vetoes" jsonb not null,
      "total_score" double precision not null,
      "level" varchar(1) not null,
      "published_on" date not null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "quality_evaluation_subject_index" on "quality_evaluation" ("subject_id")`);
    this.addSql(`create index "quality_evaluation_region_index" on "quality_evaluation" ("region_code")`);
    this.addSql(`create table "ban" (
      "id" uuid not null primary key,
      "subject" varchar(16) not null,
      "person_id_hash" varchar(64) null,
      "person_id_masked" varchar(18) null,
      "uscc" varchar(18) null,
      "reason" varchar(500) not null,
      "region_code" varchar(6) not null,
      "recorded_on" date not null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "ban_person_index" on "ban" ("person_id_hash")`);
  }

  override down(): void {
    this.addSql('drop table if exists "ban"');
    this.addSql('drop table if exists "quality_evaluation"');
    this.addSql('drop table if exists "rectification_order"');
    this.addSql('drop table if exists "inspection"');
    this.addSql(`alter table "evaluation_subject" drop column "contact_email", drop column "address",
      drop column "department_name", drop column "department_email"`);
  }
}
