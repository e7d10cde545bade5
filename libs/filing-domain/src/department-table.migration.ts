import { Migration } from '@mikro-orm/migrations';

export class DepartmentTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "department" (
      "region_code" varchar(6) not null primary key,
      "name" varchar(200) not null,
      "email" varchar(254) not null,
      "webhook_url" varchar(500) null,
      "webhook_secret" varchar(200) null,
      "updated_at" timestamptz not null)`);
  }

  override down(): void {
    this.addSql('drop table if exists "department"');
  }
}
