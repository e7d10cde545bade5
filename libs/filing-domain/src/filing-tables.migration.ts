import { Migration } from '@mikro-orm/migrations';
import { DEADLINE_MIGRATIONS, DEADLINE_RUNG_QUEUED_AT_MIGRATION } from '@tuoyu/deadlines';
import { DepartmentPhoneMigration } from './department-phone.migration';
import { DepartmentTableMigration } from './department-table.migration';
import { FilingChangeTableMigration } from './filing-change-table.migration';
import { HandoffTableMigration } from './handoff/handoff-table.migration';
import { FilingReviewTablesMigration } from './review/filing-review-tables.migration';
import { HandoffWebhookColumnsMigration } from './handoff/handoff-webhook-columns.migration';
import { DigestTablesMigration } from './digest/digest-tables.migration';
import { DocumentsTablesMigration } from './documents/documents-tables.migration';
import { SupervisionCaseTableMigration } from './supervision/supervision-case-table.migration';
import { ImportedCaseTableMigration } from './import/imported-case-table.migration';
import { DepartmentApiKeyTableMigration } from './api-keys/department-api-key-table.migration';

export class FilingTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "filing_case" (
      "id" uuid not null primary key,
      "registration_id" uuid not null,
      "uscc" varchar(18) not null,
      "name" varchar(200) not null,
      "region_code" varchar(6) not null,
      "address" varchar(300) not null,
      "contact_email" varchar(254) not null,
      "service_types" jsonb not null,
      "capacity" int not null,
      "inclusive" boolean not null,
      "registration_approved_on" date not null,
      "due_on" date not null,
      "due_at" timestamptz not null,
      "due_explanation" jsonb not null,
      "status" varchar(32) not null,
      "opened_at" timestamptz not null)`);
    this.addSql(
      `alter table "filing_case" add constraint "filing_case_registration_unique" unique ("registration_id")`,
    );
    this.addSql(`create index "filing_case_region_idx" on "filing_case" ("region_code")`);
  }

  override down(): void {
    this.addSql('drop table if exists "filing_case"');
  }
}

export const FILING_MIGRATIONS = [
  { name: '20261122000200_filing_tables', class: FilingTablesMigration },
  ...DEADLINE_MIGRATIONS,
  { name: '20261123000200_department_table', class: DepartmentTableMigration },
  { name: '20261123000300_filing_change_table', class: FilingChangeTableMigration },
  { name: '20261123000600_handoff_table', class: HandoffTableMigration },
  { name: '20261123000700_filing_review_tables', class: FilingReviewTablesMigration },
  { name: '20261123000800_handoff_webhook_columns', class: HandoffWebhookColumnsMigration },
  { name: '20261123000900_digest_tables', class: DigestTablesMigration },
  { name: '20261202001200_documents_tables', class: DocumentsTablesMigration },
  { name: '20261202001600_imported_case_table', class: ImportedCaseTableMigration },
  { name: '20261203000100_supervision_case_table', class: SupervisionCaseTableMigration },
  { name: '20261203101414_department_api_key_table', class: DepartmentApiKeyTableMigration },
  DEADLINE_RUNG_QUEUED_AT_MIGRATION,
  { name: '20261204120000_department_phone', class: DepartmentPhoneMigration },
];
