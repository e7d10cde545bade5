import { Migration } from '@mikro-orm/migrations';

export class AuthorityTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "authority_contact" (
      "region_code" varchar(6) not null,
      "authority_kind" varchar(32) not null,
      "name" varchar(200) not null,
      "email" varchar(254) not null,
      "updated_at" timestamptz not null,
      constraint "authority_contact_pkey" primary key ("region_code", "authority_kind"))`);
  }

  override down(): void {
    this.addSql('drop table if exists "authority_contact"');
  }
}
