import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { Clock } from '@tuoyu/clock';
import { localDateAt } from '@tuoyu/deadlines';
import { IntervalLoop } from '@tuoyu/kernel';
import type { FilingCase } from '../filing-case.entity';
import { DocumentStore } from '@tuoyu/documents';
import { FilingDocument } from './filing-document.entity';

const HOUR_MS = 60 * 60 * 1000;

/** The day `years` after `closedOn` (29 February falls back to the 28th in a common year). */
export function retentionEnd(closedOn: string, years: number): string {
  const [y, m, d] = closedOn.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Documents outlive their case: closing a case only dates their retention (DOCUMENT_RETENTION_YEARS after the
 * closing day); an hourly loop deletes documents past it, the object first, so no row points at nothing for long.
 */
@Injectable()
export class DocumentRetention extends IntervalLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DocumentRetention.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly store: DocumentStore,
  ) {
    super();
  }

  /** Called in the transaction that closes the case. */
  async caseClosed(em: EntityManager, filingCase: FilingCase): Promise<void> {
    const retainUntil = retentionEnd(localDateAt(this.clock.now()), this.config.documentRetentionYears);
    await em.nativeUpdate(FilingDocument, { filingCase, retainUntil: null }, { retainUntil });
  }

  /** Deletes up to 100 documents whose retention has ended; returns how many. */
  async purgeExpired(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    const today = localDateAt(this.clock.now());
    const expired = await em.find(FilingDocument, { retainUntil: { $lt: today } }, { limit: 100 });
    for (const document of expired) {
      await this.store.delete(document.storageKey);
      await em.nativeDelete(FilingDocument, { id: document.id });
    }
    if (expired.length) this.logger.log(`${expired.length} filing documents past their retention deleted`);
    return expired.length;
  }

  onApplicationBootstrap(): void {
    this.startLoop();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stopLoop();
  }

  protected async tick(): Promise<void> {
    await this.purgeExpired();
  }

  protected intervalMs(): number {
    return HOUR_MS;
  }

  protected tickFailed(error: Error): void {
    this.logger.warn(`document retention check failed, will retry: ${error.message}`);
  }
}
