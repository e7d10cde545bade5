import { Migration } from '@mikro-orm/migrations';

export class DepartmentApiKeyTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "department_api_key" (
      "id" uuid not null primary key,
      "region_code" varchar(6) not null,
      "label" varchar(100) not null,
      "scopes" text[] not null,
      "key_hash" varchar(64) not null constraint "department_api_key_hash_unique" unique,
      "prefix" varchar(16) not null,
      "created_by" varchar(200) not null,
      "created_at" timestamptz not null,
      "revoked_at" timestamptz null)`);
    this.addSql('create index "department_api_key_region_idx" on "department_api_key" ("region_code")');
  }

  override down(): void {
    this.addSql('drop table if exists "department_api_key"');
  }
}
