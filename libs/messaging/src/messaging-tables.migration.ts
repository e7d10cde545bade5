import { Migration } from '@mikro-orm/migrations';

/** Outbox and inbox tables: every service with a database carries them. */
export class MessagingTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "outbox_message" (
      "id" uuid not null primary key,
      "queue" varchar(64) not null,
      "type" varchar(64) not null,
      "payload" jsonb not null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null,
      "attempts" int not null default 0,
      "last_error" text null)`);
    this.addSql(`create index "outbox_message_unsent_idx" on "outbox_message" ("created_at") where "sent_at" is null`);
    this.addSql(`create table "inbox_message" (
      "id" varchar(100) not null primary key,
      "type" varchar(64) not null,
      "handled_at" timestamptz not null)`);
  }

  override down(): void {
    this.addSql('drop table if exists "inbox_message"');
    this.addSql('drop table if exists "outbox_message"');
  }
}

export class OutboxDeliverAtMigration extends Migration {
  override up(): void {
    this.addSql('alter table "outbox_message" add column "deliver_at" timestamptz null');
  }

  override down(): void {
    this.addSql('alter table "outbox_message" drop column "deliver_at"');
  }
}

/** Poison rows set aside, and the indexes retention deletes by. */
export class OutboxSetAsideMigration extends Migration {
  override up(): void {
    this.addSql('alter table "outbox_message" add column "set_aside_at" timestamptz null');
    this.addSql('create index "outbox_message_sent_idx" on "outbox_message" ("sent_at") where "sent_at" is not null');
    this.addSql('create index "inbox_message_handled_idx" on "inbox_message" ("handled_at")');
  }

  override down(): void {
    this.addSql('drop index if exists "inbox_message_handled_idx"');
    this.addSql('drop index if exists "outbox_message_sent_idx"');
    this.addSql('alter table "outbox_message" drop column "set_aside_at"');
  }
}

/** Bulk messages (an import's) go out behind the rest, from the outbox on: see OutboxMessage.bulk. */
export class OutboxBulkMigration extends Migration {
  override up(): void {
    this.addSql('alter table "outbox_message" add column "bulk" boolean not null default false');
    this.addSql('drop index if exists "outbox_message_unsent_idx"');
    this.addSql(
      'create index "outbox_message_unsent_idx" on "outbox_message" ("bulk", "created_at") where "sent_at" is null',
    );
  }

  override down(): void {
    this.addSql('drop index if exists "outbox_message_unsent_idx"');
    this.addSql('create index "outbox_message_unsent_idx" on "outbox_message" ("created_at") where "sent_at" is null');
    this.addSql('alter table "outbox_message" drop column "bulk"');
  }
}

/** Every service with a database applies these first, in this order. */
export const MESSAGING_MIGRATIONS = [
  { name: '20261122000000_messaging_tables', class: MessagingTablesMigration },
  { name: '20261123000000_outbox_deliver_at', class: OutboxDeliverAtMigration },
  { name: '20261202000000_outbox_set_aside', class: OutboxSetAsideMigration },
  { name: '20261203000000_outbox_bulk', class: OutboxBulkMigration },
];
