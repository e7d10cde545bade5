import { EntityRepository, FilterQuery } from '@mikro-orm/postgresql';
import type { AuditEntry } from './audit-entry.entity';

export interface AuditFilter {
  action?: string;
  subject?: string;
}

export class AuditEntryRepository extends EntityRepository<AuditEntry> {
  /** Newest first; `subject` matches a whole subject or a kind (`department:`), never a pattern. */
  page(filter: AuditFilter, offset: number, limit: number): Promise<[AuditEntry[], number]> {
    const where: FilterQuery<AuditEntry> = {};
    if (filter.action) where.action = filter.action;
    if (filter.subject) {
      where.subject = filter.subject.endsWith(':') ? { $like: `${escapeLike(filter.subject)}%` } : filter.subject;
    }
    return this.findAndCount(where, { orderBy: { at: 'desc', id: 'desc' }, offset, limit });
  }
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
