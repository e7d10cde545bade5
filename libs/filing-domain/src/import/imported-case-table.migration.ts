import { Migration } from '@mikro-orm/migrations';

export class ImportedCaseTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "imported_case" (
      "case_id" uuid not null primary key,
      "import_id" uuid not null,
      "region_code" varchar(6) not null,
      "state" varchar(32) not null)`);
    this.addSql('create index "imported_case_import_idx" on "imported_case" ("import_id")');
  }

  override down(): void {
    this.addSql('drop table if exists "imported_case"');
  }
}
