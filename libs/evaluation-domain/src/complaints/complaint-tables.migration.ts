import { Migration } from '@mikro-orm/migrations';

export class ComplaintTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "complaint" (
      "id" uuid not null primary key,
      "reference" varchar(32) not null,
      "channel" varchar(16) not null,
      "hotline_case_number" varchar(64) null,
      "contact_name" varchar(100) null,
      "contact_email" varchar(254) null,
      "contact_phone" varchar(32) null,
      "institution_name" varchar(200) not null,
      "institution_uscc" varchar(18) null,
      "subject_id" uuid null,
      "region_code" varchar(6) null,
      "department_name" varchar(200) null,
      "department_email" varchar(254) null,
      "category" varchar(16) not null,
      "facts" text not null,
      "status" varchar(16) not null,
      "due_on" date null,
      "overdue" boolean not null,
      "findings" text null,
      "inspection_id" uuid null,
      "rectification_order_id" uuid null,
      "reply" text null,
      "replied_on" date null,
      "received_on" date not null,
      "received_at" timestamptz not null)`);
    this.addSql(`alter table "complaint" add constraint "complaint_reference_unique" unique ("reference")`);
    this.addSql(
      `alter table "complaint" add constraint "complaint_hotline_case_unique" unique ("hotline_case_number")`,
    );
    this.addSql(`create index "complaint_region_index" on "complaint" ("region_code")`);
    // The duplicate check looks up recent complaints by contact.
    this.addSql(`create index "complaint_contact_email_index" on "complaint" ("contact_email", "received_at")`);
    this.addSql(`create index "complaint_contact_phone_index" on "complaint" ("contact_phone", "received_at")`);
  }

  override down(): void {
    this.addSql('drop table if exists "complaint"');
  }
}
