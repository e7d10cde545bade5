import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { Principal, regionContains } from '@tuoyu/identity';
import { FieldProblem, ForbiddenError, NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { ImportRow, ImportRowResult, RegistrationImportService } from './registration-import.service';
import { RegistrationImport } from './registration-import.entity';
import { ImportRecord } from './registration-record';

/** Reads one record into a row, or says what is wrong with it (the API's validation, supplied by the app). */
export type ImportRowReader = (data: unknown) => { row: Omit<ImportRow, 'row'> } | { problems: FieldProblem[] };

const BATCH = 500;
// Rows read between two turns of the event loop while the previous batch is being written.
const READ_SLICE = 50;
const KEPT_ERRORS = 1000;

interface ReadBatch {
  rows: ImportRow[];
  /** Every record's result in the batch's order, given the written rows' results. */
  results(imported: ImportRowResult[]): ImportRowResult[];
}

/**
 * Runs imports as jobs: progress and invalid rows are kept on the job row after every batch, so any replica
 * answers GET /registrations/imports/:id. When the job ends, filing is told how many institutions it handed
 * over (RegistrationImportFinished, with the final counts in one transaction), so each department gets one summary.
 */
@Injectable()
export class RegistrationImportJobs implements OnModuleDestroy {
  private readonly logger = new Logger(RegistrationImportJobs.name);
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly imports: RegistrationImportService,
  ) {}

  /** Starts the job and returns at once; the import goes on in the background. */
  async start(records: ImportRecord[], principal: Principal, read: ImportRowReader): Promise<RegistrationImport> {
    const job = await this.create(records.length, principal);
    const run = this.run(job.id, records, principal, read).catch((error: Error) => this.fail(job.id, error));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return job;
  }

  /** The whole import within the request (small files): the job is still recorded, and every row's result returned. */
  async runNow(records: ImportRecord[], principal: Principal, read: ImportRowReader): Promise<ImportRowResult[]> {
    const job = await this.create(records.length, principal);
    return this.run(job.id, records, principal, read);
  }

  async status(id: string, principal: Principal): Promise<RegistrationImport> {
    const job = await this.em.fork().findOne(RegistrationImport, id);
    if (!job) throw new NotFoundError(`Import ${id} does not exist`);
    if (principal.role !== 'admin' && !(principal.region && regionContains(principal.region, job.region)))
      throw new ForbiddenError(`Import ${id} belongs to region ${job.region}`);
    return job;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async create(total: number, principal: Principal): Promise<RegistrationImport> {
    const em = this.em.fork();
    const job = em.create(RegistrationImport, {
      id: randomUUID(),
      region: principal.region ?? '',
      status: 'running',
      total,
      processed: 0,
      created: 0,
      skipped: 0,
      invalid: 0,
      errors: [],
      startedAt: this.clock.now(),
    });
    await em.flush();
    return job;
  }

  private async run(
    id: string,
    records: ImportRecord[],
    principal: Principal,
    read: ImportRowReader,
  ): Promise<ImportRowResult[]> {
    const all: ImportRowResult[] = [];
    const tally = { processed: 0, created: 0, skipped: 0, invalid: 0 };
    const errors: RegistrationImport['errors'] = [];
    let reading = this.readBatch(records.slice(0, BATCH), read);
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = await reading;
      const writing = this.imports.importBatch(id, batch.rows, principal);
      // The next batch is read (the API's validation: CPU here) while this one is written (PostgreSQL's work):
      // reading yields between slices, so the writes go on between them. A failed write leaves it unawaited.
      const next = start + BATCH;
      reading = this.readBatch(records.slice(next, next + BATCH), read);
      reading.catch(() => undefined);
      const results = batch.results(await writing);
      for (const result of results) {
        tally[result.status] += 1;
        if (result.status === 'invalid' && errors.length < KEPT_ERRORS)
          errors.push({ row: result.row, errors: result.errors });
      }
      tally.processed += results.length;
      all.push(...results);
      if (tally.processed < records.length)
        await this.em.fork().nativeUpdate(RegistrationImport, { id }, { ...tally, errors });
    }
    await this.em.fork().transactional(async (tx) => {
      await tx.nativeUpdate(
        RegistrationImport,
        { id },
        { ...tally, errors, status: 'finished', finishedAt: this.clock.now() },
      );
      if (tally.created > 0)
        this.outbox.add(tx, QueueName.Filing, MessageType.RegistrationImportFinished, {
          v: 1,
          importId: id,
          created: tally.created,
        });
    });
    this.logger.log(`import ${id}: ${JSON.stringify(tally)}`);
    return all;
  }

  /**
   * Reads a batch's records into rows, a slice at a time: the rows to write, and a function that puts their
   * results (once written) and the unreadable or invalid records' results back in the file's order.
   */
  private async readBatch(records: ImportRecord[], read: ImportRowReader): Promise<ReadBatch> {
    const invalid = new Map<ImportRecord, ImportRowResult>();
    const rows: ImportRow[] = [];
    const rowRecords: ImportRecord[] = [];
    for (let i = 0; i < records.length; i += 1) {
      if (i > 0 && i % READ_SLICE === 0) await yieldToEventLoop();
      const record = records[i];
      if (record.unreadable) {
        const errors = [{ field: 'line', code: 'invalid_json', message: record.unreadable }];
        invalid.set(record, { row: record.row, status: 'invalid', errors });
        continue;
      }
      const read_ = read(record.data);
      if ('problems' in read_) invalid.set(record, { row: record.row, status: 'invalid', errors: read_.problems });
      else {
        rows.push({ row: record.row, ...read_.row });
        rowRecords.push(record);
      }
    }
    return {
      rows,
      results: (imported) => {
        const written = new Map(rowRecords.map((record, i) => [record, imported[i]]));
        return records.map((record) => (invalid.get(record) ?? written.get(record)) as ImportRowResult);
      },
    };
  }

  private async fail(id: string, error: Error): Promise<void> {
    this.logger.error(`import ${id} failed: ${error.message}`);
    await this.em
      .fork()
      .nativeUpdate(
        RegistrationImport,
        { id },
        { status: 'failed', failure: error.message, finishedAt: this.clock.now() },
      );
  }
}
