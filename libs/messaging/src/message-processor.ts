import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { InboundMessage, InvalidMessageError, QueueName, parseMessage } from '@tuoyu/contracts';
import { Job, UnrecoverableError } from 'bullmq';

/** Which delivery of a job this is: a handler with its own dead-letter state needs to know the last one. */
export interface JobAttempt {
  number: number;
  final: boolean;
}

/**
 * Base of every queue processor: validates the job against the contract first. A malformed message fails at
 * once (UnrecoverableError: no retries), stays in the failed set with its reason, and the worker goes on.
 * Handler errors are rethrown so attempts and backoff apply.
 */
export abstract class MessageProcessor<Q extends QueueName> extends WorkerHost implements BeforeApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);

  protected abstract readonly queue: Q;
  protected abstract handle(message: InboundMessage<Q>, attempt: JobAttempt): Promise<unknown>;

  async process(job: Job): Promise<unknown> {
    try {
      const attempt = { number: job.attemptsMade + 1, final: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) };
      return await this.handle(parseMessage(this.queue, job.id, job.name, job.data), attempt);
    } catch (error) {
      // Also from a handler that checks a nested contract (e.g. a notice's props).
      if (error instanceof InvalidMessageError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  /** Stop taking jobs and let the active ones finish while the database and Redis are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    const where = `${this.queue}/${job?.name ?? '?'} ${job?.id ?? '?'}`;
    const final = error instanceof UnrecoverableError || (job && job.attemptsMade >= (job.opts.attempts ?? 1));
    if (final) this.logger.error(`${where} failed for good and stays in the failed set: ${error.message}`);
    else this.logger.warn(`${where} failed (attempt ${job?.attemptsMade}), will retry: ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`${this.queue} worker: ${error.message}`);
  }
}
