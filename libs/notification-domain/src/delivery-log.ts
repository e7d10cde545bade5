import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { shanghaiIso } from '@tuoyu/deadlines';
import { Delivery, DeliveryStatus } from './delivery.entity';

export interface DeliveryLogQuery {
  recipient?: string;
  key?: string;
  status?: DeliveryStatus;
  ambiguous?: boolean;
  limit?: number;
}

/** One delivery as administrators see it: the evidence that a notice was served, or why it was not. */
export interface DeliveryLogEntry {
  key: string;
  template: string;
  locale: string;
  recipients: string[];
  subject: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** Attempts whose sender died inside the SMTP conversation: the recipient may hold one copy more. */
  ambiguousAttempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** The delivery log for administrators: by recipient, key and status (status=failed is what needs a human). */
@Injectable()
export class DeliveryLog {
  constructor(private readonly orm: MikroORM) {}

  async list(query: DeliveryLogQuery): Promise<DeliveryLogEntry[]> {
    const em = this.orm.em.fork() as EntityManager;
    const rows = await em.getRepository(Delivery).search({
      recipient: query.recipient,
      key: query.key,
      status: query.status,
      ambiguous: query.ambiguous,
      limit: Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT),
    });
    return rows.map((row) => ({
      key: row.idempotencyKey,
      template: row.template,
      locale: row.locale,
      recipients: row.recipients,
      subject: row.subject ?? null,
      status: row.status,
      attempts: row.attempts,
      ambiguousAttempts: row.ambiguousAttempts,
      lastError: row.lastError ?? null,
      createdAt: shanghaiIso(row.createdAt),
      sentAt: row.sentAt ? shanghaiIso(row.sentAt) : null,
    }));
  }
}
