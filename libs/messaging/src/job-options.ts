import { JobsOptions } from 'bullmq';

/**
 * Set once for every queue (conventions.md item 4). Failed jobs are kept for an administrator;
 * completed ones are trimmed by age and count. ~10 attempts with exponential backoff span about 17 minutes;
 * the inbox, not the job id, is what makes redelivery harmless.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
};
