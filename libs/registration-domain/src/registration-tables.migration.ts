import { Migration } from '@mikro-orm/migrations';
import { DEADLINE_MIGRATIONS, DEADLINE_RUNG_QUEUED_AT_MIGRATION } from '@tuoyu/deadlines';
import { RegistrationImportTableMigration } from './import/registration-import-table.migration';
import { AuthorityTableMigration } from './authority/authority-table.migration';
import { ProvincialPushTableMigration } from './provincial/provincial-push-table.migration';

export class RegistrationTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "registration" (
      "id" uuid not null primary key,
      "uscc" varchar(18) not null,
      "name" varchar(200) not null,
      "nature" varchar(32) not null,
      "authority_kind" varchar(32) not null,
      "region_code" varchar(6) not null,
      "address" varchar(300) not null,
      "legal_representative_name" varchar(100) not null,
      "legal_representative_id_masked" varchar(18) not null,
      "legal_representative_id_hash" varchar(64) not null,
      "contact_email" varchar(254) not null,
      "contact_phone" varchar(32) not null,
      "business_scope" text not null,
      "service_types" jsonb not null,
      "capacity" int not null,
      "inclusive" boolean not null,
      "approved_on" date not null,
      "status" varchar(16) not null,
      "created_at" timestamptz not null)`);
    this.addSql(`alter table "registration" add constraint "registration_uscc_unique" unique ("uscc")`);
    this.addSql(`create table "sharing_duty" (
      "id" uuid not null primary key,
      "registration_id" uuid not null,
      "due_on" date not null,
      "due_at" timestamptz not null,
      "status" varchar(16) not null default 'pending',
      "delivered_at" timestamptz null,
      "filing_case_id" uuid null)`);
    this.addSql(
      `alter table "sharing_duty" add constraint "sharing_duty_registration_unique" unique ("registration_id")`,
    );
    this.addSql(`alter table "sharing_duty" add constraint "sharing_duty_registration_id_foreign"
      foreign key ("registration_id") references "registration" ("id") on update cascade on delete cascade`);
  }

  override down(): void {
    this.addSql('drop table if exists "sharing_duty"');
    this.addSql('drop table if exists "registration"');
  }
}

export const REGISTRATION_MIGRATIONS = [
  { name: '20261122000100_registration_tables', class: RegistrationTablesMigration },
  ...DEADLINE_MIGRATIONS,
  { name: '20261123000500_authority_table', class: AuthorityTableMigration },
  { name: '20261123001000_provincial_push_table', class: ProvincialPushTableMigration },
  { name: '20261202001600_registration_import_table', class: RegistrationImportTableMigration },
  DEADLINE_RUNG_QUEUED_AT_MIGRATION,
];
