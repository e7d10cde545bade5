import { Migration } from '@mikro-orm/migrations';

export class HandoffTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "handoff" (
      "id" uuid not null primary key,
      "filing_case_id" uuid not null,
      "region_code" varchar(6) not null,
      "received_at" timestamptz not null,
      "shared_at" timestamptz null,
      "leased_until" timestamptz null,
      "deliveries" int not null default 0,
      "acknowledged_at" timestamptz null)`);
    this.addSql(`alter table "handoff" add constraint "handoff_filing_case_unique" unique ("filing_case_id")`);
    this.addSql(`alter table "handoff" add constraint "handoff_filing_case_id_foreign"
      foreign key ("filing_case_id") references "filing_case" ("id") on update cascade on delete cascade`);
    this.addSql(`create index "handoff_region_idx" on "handoff" ("region_code")`);
  }

  override down(): void {
    this.addSql('drop table if exists "handoff"');
  }
}
