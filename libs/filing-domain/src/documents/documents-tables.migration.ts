import { Migration } from '@mikro-orm/migrations';

/** Uploaded filing documents (immutable content) and the record of every download. */
export class DocumentsTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "filing_document" (
      "id" uuid not null primary key,
      "filing_case_id" uuid not null,
      "kind" varchar(40) not null,
      "file_name" varchar(255) not null,
      "content_type" varchar(40) not null,
      "size" int not null,
      "sha256" varchar(64) not null,
      "storage_key" varchar(120) not null,
      "uploaded_at" timestamptz not null,
      "uploaded_by" varchar(64) not null,
      "retain_until" date null)`);
    this.addSql(`alter table "filing_document" add constraint "filing_document_filing_case_id_foreign"
      foreign key ("filing_case_id") references "filing_case" ("id") on update cascade on delete restrict`);
    this.addSql(`create index "filing_document_case_idx" on "filing_document" ("filing_case_id")`);
    // Immutability at the database too: only the retention date may change after the upload.
    this.addSql(`create function "filing_document_immutable"() returns trigger language plpgsql as $$
      begin
        if (new.id, new.filing_case_id, new.kind, new.file_name, new.content_type, new.size, new.sha256,
            new.storage_key, new.uploaded_at, new.uploaded_by) is distinct from
           (old.id, old.filing_case_id, old.kind, old.file_name, old.content_type, old.size, old.sha256,
            old.storage_key, old.uploaded_at, old.uploaded_by) then
          raise exception 'filing documents are immutable (document %)', old.id;
        end if;
        return new;
      end $$`);
    this.addSql(`create trigger "filing_document_immutable" before update on "filing_document"
      for each row execute function "filing_document_immutable"()`);
    this.addSql(`create table "document_download" (
      "id" uuid not null primary key,
      "document_id" uuid not null,
      "filing_case_id" uuid not null,
      "role" varchar(20) not null,
      "actor" varchar(64) null,
      "downloaded_at" timestamptz not null)`);
    this.addSql(`create index "document_download_document_idx" on "document_download" ("document_id")`);
  }

  override down(): void {
    this.addSql('drop table if exists "document_download"');
    this.addSql('drop table if exists "filing_document"');
    this.addSql('drop function if exists "filing_document_immutable"()');
  }
}
