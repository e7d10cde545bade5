import { Job, Queue } from 'bullmq';

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls a condition until it holds (returns its value) or the time is up (throws naming what was awaited).
 * A minute by default: two test files run at once on two cores, and a flow of several hops (or a browser page
 * reloaded per probe) took over 20 s under load; a condition that holds returns as soon as it does.
 */
export async function waitFor<T>(
  description: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 60_000, intervalMs = 50 }: WaitOptions = {},
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${description}${lastError instanceof Error ? `: ${lastError.message}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Waits until a job reaches a final state and returns it with that state. */
export async function waitForJobState(
  queue: Queue,
  jobId: string,
  states: ('completed' | 'failed')[] = ['completed', 'failed'],
  options?: WaitOptions,
): Promise<{ job: Job; state: string }> {
  return waitFor(
    `job ${queue.name}/${jobId} to be ${states.join(' or ')}`,
    async () => {
      const state = await queue.getJobState(jobId);
      if (!(states as string[]).includes(state)) return undefined;
      // Read the job after its state is final, so attempts and reasons are not a stale snapshot.
      const job = await queue.getJob(jobId);
      return job ? { job, state } : undefined;
    },
    options,
  );
}

/** Waits until a queue has nothing waiting, active or delayed. */
export async function waitForQueueIdle(queue: Queue, options?: WaitOptions): Promise<void> {
  await waitFor(
    `queue ${queue.name} to be idle`,
    async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    },
    options,
  );
}
