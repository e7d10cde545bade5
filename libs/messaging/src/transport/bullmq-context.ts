import { BaseRpcContext } from '@nestjs/microservices';
import { DelayedError, Job } from 'bullmq';

/** Which delivery of a job this is: a handler with its own dead-letter state needs to know the last one. */
export interface JobAttempt {
  number: number;
  final: boolean;
}

/** What an `@EventPattern` handler may learn about the BullMQ job behind its message (`@Ctx()`). */
export class BullMqContext extends BaseRpcContext<[Job, string | undefined]> {
  get job(): Job {
    return this.args[0];
  }

  get attempt(): JobAttempt {
    const job = this.job;
    return { number: job.attemptsMade + 1, final: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) };
  }

  /**
   * Puts the job back as delayed instead of failing it: BullMQ does not count it as a failed attempt, so a
   * handler with its own attempts and backoff (an email's delivery row) is not bound by its producer's options.
   * BullMQ delays are real milliseconds on its own timestamps (processedOn stamps this attempt): the service
   * Clock may be shifted (demos, tests) and must not stretch the wait.
   */
  async retryLater(waitMs: number, reason: string): Promise<never> {
    const job = this.job;
    await job.moveToDelayed((job.processedOn ?? job.timestamp) + waitMs, this.args[1]);
    throw new DelayedError(reason);
  }
}
