import { Migration } from '@mikro-orm/migrations';

export class ProvincialPushTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "provincial_push" (
      "id" uuid not null primary key,
      "registration_id" uuid not null,
      "event" varchar(32) not null,
      "data" jsonb not null,
      "status" varchar(16) not null default 'pending',
      "attempts" int not null default 0,
      "last_error" varchar(500) null,
      "created_at" timestamptz not null,
      "delivered_at" timestamptz null)`);
    this.addSql(`create index "provincial_push_registration_idx" on "provincial_push" ("registration_id")`);
  }

  override down(): void {
    this.addSql('drop table if exists "provincial_push"');
  }
}
