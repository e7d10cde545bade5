import { Migration } from '@mikro-orm/migrations';

export class RegistrationImportTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "registration_import" (
      "id" uuid not null primary key,
      "region" varchar(6) not null,
      "status" varchar(16) not null,
      "total" int not null,
      "processed" int not null default 0,
      "created" int not null default 0,
      "skipped" int not null default 0,
      "invalid" int not null default 0,
      "errors" jsonb not null,
      "failure" text null,
      "started_at" timestamptz not null,
      "finished_at" timestamptz null)`);
  }

  override down(): void {
    this.addSql('drop table if exists "registration_import"');
  }
}
