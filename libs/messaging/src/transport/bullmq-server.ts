import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { InvalidMessageError, QUEUE_CONTRACT, QueueName, parseMessage } from '@tuoyu/contracts';
import { Job, UnrecoverableError, Worker, WorkerOptions } from 'bullmq';
import { lastValueFrom } from 'rxjs';
import { BullMqContext } from './bullmq-context';

export const BULLMQ_TRANSPORT = Symbol('bullmq');

export interface BullMqServerOptions {
  queue: QueueName;
  /** Connection, prefix, concurrency and stalled-job settings of the worker. */
  worker: WorkerOptions;
}

/**
 * A Nest microservice transport over one BullMQ queue: each job is validated against the queue's contract, then
 * handed to the `@EventPattern(job.name)` handler. A malformed message fails at once (UnrecoverableError: no
 * retries) with a readable reason and the worker goes on; a handler's error fails the attempt as it is, so
 * attempts and backoff apply (KeepHandlerErrors keeps Nest from flattening it on the way).
 */
export class BullMqServer extends Server implements CustomTransportStrategy {
  override readonly transportId = BULLMQ_TRANSPORT;
  private readonly log: Logger;
  private worker?: Worker;
  private closing?: Promise<void>;

  constructor(private readonly options: BullMqServerOptions) {
    super();
    this.log = new Logger(`${options.queue} consumer`);
  }

  listen(callback: (error?: unknown) => void): void {
    try {
      this.checkHandlers();
      this.worker = new Worker(this.options.queue, (job, token) => this.process(job, token), this.options.worker);
      this.worker.on('failed', (job, error) => this.logFailure(job, error));
      // An EventEmitter 'error' without a listener would crash the process on a Redis outage.
      this.worker.on('error', (error) => this.log.warn(`${this.options.queue} worker: ${error.message}`));
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Stops taking jobs and lets the active ones finish. Safe to call more than once. */
  close(): Promise<void> {
    return (this.closing ??= this.worker?.close() ?? Promise.resolve());
  }

  on(): never {
    throw new Error('BullMqServer has no events to subscribe to; listen on the worker (unwrap()) instead');
  }

  unwrap<T>(): T {
    if (!this.worker) throw new Error('BullMqServer is not listening yet');
    return this.worker as T;
  }

  private async process(job: Job, token?: string): Promise<unknown> {
    try {
      const message = parseMessage(this.options.queue, job.id, job.name, job.data);
      const handler = this.getHandlerByPattern(job.name);
      if (!handler) throw new InvalidMessageError(`no handler for "${job.name}" on queue "${this.options.queue}"`);
      const result: unknown = await handler(message, new BullMqContext([job, token]));
      return await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    } catch (error) {
      // Also from a handler that checks a nested contract (e.g. a notice's props).
      if (error instanceof InvalidMessageError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  /** Start-up check: every message type of the queue's contract has a handler, and no handler is for another. */
  private checkHandlers(): void {
    const accepted = Object.keys(QUEUE_CONTRACT[this.options.queue]);
    const handled = [...this.getHandlers().keys()];
    const missing = accepted.filter((type) => !handled.includes(type));
    const foreign = handled.filter((type) => !accepted.includes(type));
    if (missing.length || foreign.length) {
      throw new Error(
        `queue "${this.options.queue}" consumer does not match its contract: ` +
          [
            missing.length ? `no @EventPattern handler for ${missing.join(', ')}` : '',
            foreign.length ? `handlers for types the queue does not accept: ${foreign.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; '),
      );
    }
  }

  private logFailure(job: Job | undefined, error: Error): void {
    const where = `${this.options.queue}/${job?.name ?? '?'} ${job?.id ?? '?'}`;
    const final = error instanceof UnrecoverableError || (job && job.attemptsMade >= (job.opts.attempts ?? 1));
    if (final) this.log.error(`${where} failed for good and stays in the failed set: ${error.message}`);
    else this.log.warn(`${where} failed (attempt ${job?.attemptsMade}), will retry: ${error.message}`);
  }
}
