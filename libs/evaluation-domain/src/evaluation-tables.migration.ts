import { Migration } from '@mikro-orm/migrations';
import { DEADLINE_MIGRATIONS, DEADLINE_RUNG_QUEUED_AT_MIGRATION } from '@tuoyu/deadlines';
import { ComplaintTablesMigration } from './complaints/complaint-tables.migration';
import { EvaluationWorkTablesMigration } from './evaluation-work-tables.migration';
import { ComplaintAttachmentTableMigration } from './complaints/complaint-attachment-table.migration';
import { IncidentTablesMigration } from './incidents/incident-tables.migration';

export class EvaluationTablesMigration extends Migration {
  override up(): void {
    this.addSql(`create table "evaluation_subject" (
      "id" uuid not null primary key,
      "filing_case_id" uuid not null,
      "uscc" varchar(18) not null,
      "name" varchar(200) not null,
      "region_code" varchar(6) not null,
      "filed_on" date not null,
      "created_at" timestamptz not null)`);
    this.addSql(
      `alter table "evaluation_subject" add constraint "evaluation_subject_filing_case_unique" unique ("filing_case_id")`,
    );
  }

  override down(): void {
    this.addSql('drop table if exists "evaluation_subject"');
  }
}

export const EVALUATION_MIGRATIONS = [
  { name: '20261122000400_evaluation_tables', class: EvaluationTablesMigration },
  ...DEADLINE_MIGRATIONS,
  { name: '20261123000400_evaluation_work_tables', class: EvaluationWorkTablesMigration },
  { name: '20261202000400_complaint_tables', class: ComplaintTablesMigration },
  { name: '20261202000410_incident_tables', class: IncidentTablesMigration },
  { name: '20261203000400_complaint_attachment_table', class: ComplaintAttachmentTableMigration },
  DEADLINE_RUNG_QUEUED_AT_MIGRATION,
];
