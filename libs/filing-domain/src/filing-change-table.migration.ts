import { Migration } from '@mikro-orm/migrations';

export class FilingChangeTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "filing_change" (
      "id" uuid not null primary key,
      "filing_case_id" uuid not null,
      "changed_on" date not null,
      "changes" jsonb not null,
      "status" varchar(32) not null,
      "received_at" timestamptz not null)`);
    this.addSql(`alter table "filing_change" add constraint "filing_change_filing_case_id_foreign"
      foreign key ("filing_case_id") references "filing_case" ("id") on update cascade on delete cascade`);
  }

  override down(): void {
    this.addSql('drop table if exists "filing_change"');
  }
}
