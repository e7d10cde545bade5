import { Migration } from '@mikro-orm/migrations';

export class HandoffWebhookColumnsMigration extends Migration {
  override up(): void {
    this.addSql(`alter table "handoff"
      add column "webhook_status" varchar(16) not null default 'none',
      add column "webhook_attempts" int not null default 0,
      add column "webhook_last_error" varchar(500) null,
      add column "webhook_delivered_at" timestamptz null`);
    this.addSql(
      `create index "handoff_inbox_idx" on "handoff" ("region_code", "shared_at") where "acknowledged_at" is null`,
    );
  }

  override down(): void {
    this.addSql('drop index if exists "handoff_inbox_idx"');
    this.addSql(`alter table "handoff" drop column "webhook_status", drop column "webhook_attempts",
      drop column "webhook_last_error", drop column "webhook_delivered_at"`);
  }
}
