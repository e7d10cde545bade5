import { Migration } from '@mikro-orm/migrations';

export class SupervisionCaseTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "supervision_case" (
      "id" uuid not null primary key,
      "kind" varchar(16) not null,
      "region_code" varchar(6) not null,
      "reference" varchar(40) not null,
      "institution_name" varchar(200) not null,
      "topic" varchar(200) not null,
      "status" varchar(8) not null,
      "due_on" date not null,
      "changed_at" timestamptz not null)`);
    this.addSql('create index "supervision_case_region_open_index" on "supervision_case" ("region_code", "status")');
  }

  override down(): void {
    this.addSql('drop table if exists "supervision_case"');
  }
}
