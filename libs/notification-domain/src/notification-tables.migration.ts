import { Migration } from '@mikro-orm/migrations';

export class NotificationTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "delivery" (
      "idempotency_key" varchar(200) not null primary key,
      "message_id" varchar(300) not null,
      "recipients" jsonb not null,
      "template" varchar(64) not null,
      "locale" varchar(8) not null,
      "status" varchar(16) not null,
      "attempts" int not null,
      "subject" text null,
      "last_error" text null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null)`);
  }

  override down(): void {
    this.addSql('drop table if exists "delivery"');
  }
}

/** The claim's lease and the count of attempts whose outcome is unknown (claim before, outcome after SMTP). */
export class DeliveryClaimMigration extends Migration {
  override up(): void {
    this.addSql('alter table "delivery" add column "claimed_until" timestamptz null');
    this.addSql('alter table "delivery" add column "ambiguous_attempts" int not null default 0');
  }

  override down(): void {
    this.addSql('alter table "delivery" drop column "claimed_until", drop column "ambiguous_attempts"');
  }
}

/** The request itself, so a delivery waiting for its retry can be put back on the queue after a Redis loss. */
export class DeliveryRequestMigration extends Migration {
  override up(): void {
    this.addSql('alter table "delivery" add column "request" jsonb null');
    this.addSql(
      `create index "delivery_unfinished_idx" on "delivery" ("idempotency_key") where "status" in ('pending', 'sending')`,
    );
  }

  override down(): void {
    this.addSql('drop index if exists "delivery_unfinished_idx"');
    this.addSql('alter table "delivery" drop column "request"');
  }
}

export const NOTIFICATION_MIGRATIONS = [
  { name: '20261122000300_notification_tables', class: NotificationTablesMigration },
  { name: '20261202000300_delivery_claim', class: DeliveryClaimMigration },
  { name: '20261203101111_delivery_request', class: DeliveryRequestMigration },
];
