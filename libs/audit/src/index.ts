import { AuditEntry } from './audit-entry.entity';
import { AuditTrailTableMigration } from './audit-trail-table.migration';

export * from './audit-entry.entity';
export * from './audit-trail.service';
export * from './audit.module';
export * from './resident-id-mask';

export const AUDIT_ENTITIES = [AuditEntry];
export const AUDIT_MIGRATIONS = [{ name: '20261203101415_audit_trail', class: AuditTrailTableMigration }];
