import { Migration } from '@mikro-orm/migrations';

/** Daily digest claims, and the county population that statistics divide places by. */
export class DigestTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "digest_log" (
      "region_code" varchar(6) not null,
      "date" date not null,
      "sent" boolean not null,
      "decided_at" timestamptz not null,
      constraint "digest_log_pkey" primary key ("region_code", "date"))`);
    this.addSql(`alter table "department" add column "population" int null`);
    this.addSql(`alter table "filing_change" add column "documents" jsonb null`);
  }

  override down(): void {
    this.addSql('drop table if exists "digest_log"');
    this.addSql('alter table "department" drop column "population"');
    this.addSql('alter table "filing_change" drop column "documents"');
  }
}
