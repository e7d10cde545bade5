import { Migration } from '@mikro-orm/migrations';

export class ComplaintAttachmentTableMigration extends Migration {
  override up(): void {
    this.addSql(`create table "complaint_attachment" (
      "id" uuid not null primary key,
      "complaint_id" uuid not null,
      "file_name" varchar(255) not null,
      "content_type" varchar(40) not null,
      "size" int not null,
      "sha256" varchar(64) not null,
      "storage_key" varchar(120) not null,
      "uploaded_at" timestamptz not null)`);
    this.addSql(
      'create index "complaint_attachment_complaint_index" on "complaint_attachment" ("complaint_id")',
    );
  }

  override down(): void {
    this.addSql('drop table if exists "complaint_attachment"');
  }
}
