import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail and the trigger that keeps it append-only: rows are inserted, never changed or removed, not even
 * by the service's own database user (ASVS 7.3.3).
 */
export class AuditTrailTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "audit_entry" (
      "id" uuid not null primary key,
      "at" timestamptz not null,
      "action" varchar(60) not null,
      "subject" varchar(200) not null,
      "actor_role" varchar(20) not null,
      "actor_subject" varchar(200) null,
      "actor_region" varchar(6) null,
      "request_id" varchar(100) null,
      "details" jsonb null)`);
    this.addSql('create index "audit_entry_action_idx" on "audit_entry" ("action", "at")');
    this.addSql('create index "audit_entry_subject_idx" on "audit_entry" ("subject", "at")');
    this.addSql(`create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$`);
    this.addSql(`create trigger audit_entry_no_change before update or delete on "audit_entry"
      for each row execute function audit_entry_append_only()`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry"
      for each statement execute function audit_entry_append_only()`);
  }

  override down(): void {
    this.addSql('drop table if exists "audit_entry"');
    this.addSql('drop function if exists audit_entry_append_only()');
  }
}
