import { Migration } from '@mikro-orm/migrations';

/** The department's telephone number, which institutions' notices name beside its email. */
export class DepartmentPhoneMigration extends Migration {
  override up(): void {
    this.addSql(`alter table "department" add column "phone" varchar(32) null`);
  }

  override down(): void {
    this.addSql('alter table "department" drop column "phone"');
  }
}
