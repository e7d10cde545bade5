import { Migration } from '@mikro-orm/migrations';

export class PortalTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "portal_session" (
      "token_hash" varchar(64) not null primary key,
      "role" varchar(20) not null,
      "region" varchar(6) null,
      "uscc" varchar(18) null,
      "name" varchar(200) not null,
      "case_id" uuid null,
      "read_only" boolean not null,
      "created_at" timestamptz not null,
      "last_seen_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "ended_at" timestamptz null)`);
    this.addSql(`create table "portal_sign_in_code" (
      "id" uuid not null primary key,
      "role" varchar(20) not null,
      "region" varchar(6) null,
      "uscc" varchar(18) null,
      "name" varchar(200) not null,
      "email" varchar(254) not null,
      "code_hash" varchar(64) not null,
      "attempts" integer not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null)`);
    this.addSql(`create table "portal_link_grant" (
      "capability_hash" varchar(64) not null primary key,
      "case_id" uuid not null,
      "issued_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "first_used_at" timestamptz not null,
      "uses" integer not null,
      "revoked_at" timestamptz null)`);
    this.addSql('create index "portal_link_grant_case_id_index" on "portal_link_grant" ("case_id")');
    this.addSql(`create table "portal_link_revocation" (
      "case_id" uuid not null primary key,
      "revoked_before" timestamptz not null)`);
  }

  override down(): void {
    for (const table of ['portal_link_revocation', 'portal_link_grant', 'portal_sign_in_code', 'portal_session'])
      this.addSql(`drop table if exists "${table}"`);
  }
}
