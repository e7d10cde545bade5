import { ClientProxy, ReadPacket, WritePacket } from '@nestjs/microservices';
import { QueueName } from '@tuoyu/contracts';
import { Queue } from 'bullmq';
import { QueueRegistry } from '../queue-registry';

/** One job to publish: the message id is the job id, so a republished message is the same job. */
export interface OutboundJob {
  queue: QueueName;
  type: string;
  payload: object;
  jobId: string;
  /** Real milliseconds to wait before the job is due. */
  delay?: number;
  /** BullMQ's: a job with none goes before every job with one (lower numbers first among those). */
  priority?: number;
}

/**
 * The producing side of the BullMQ transport. `emit(type, job)` publishes one job; `emitBatch` publishes many
 * with one `addBulk` per queue (a MULTI: one round trip each, all queues at once). Request/response is not part
 * of this design: services only send events.
 */
export class BullMqClient extends ClientProxy {
  constructor(private readonly queues: QueueRegistry) {
    super();
  }

  async connect(): Promise<void> {
    // The queues are BullModule's, connected at start-up.
  }

  async close(): Promise<void> {
    // The queues are BullModule's and close with the application.
  }

  override on(): never {
    throw new Error('BullMqClient has no events to subscribe to');
  }

  unwrap<T>(): T {
    return this.queues as T;
  }

  /** Resolves when Redis has every job (existing job ids are kept as they are). */
  async emitBatch(jobs: OutboundJob[]): Promise<void> {
    const byQueue = new Map<Queue, OutboundJob[]>();
    for (const job of jobs) {
      const queue = this.queues.get(job.queue);
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
    }
    await Promise.all(
      [...byQueue].map(([queue, batch]) =>
        queue.addBulk(
          batch.map((job) => ({
            name: job.type,
            data: job.payload,
            opts: { jobId: job.jobId, delay: job.delay, priority: job.priority },
          })),
        ),
      ),
    );
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket<OutboundJob>): Promise<T> {
    await this.emitBatch([{ ...packet.data, type: packet.pattern as string }]);
    return undefined as T;
  }

  protected publish(_packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({ err: new Error('BullMqClient sends events only (emit), not requests (send)'), isDisposed: true });
    return () => undefined;
  }
}
