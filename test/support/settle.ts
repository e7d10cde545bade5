import { EntityManager } from '@mikro-orm/postgresql';
import { ALL_QUEUES } from '@tuoyu/contracts';
import { DeadlineSweeper } from '@tuoyu/deadlines';
import { OutboxMessage } from '@tuoyu/messaging';
import { TestApp, TestQueues, waitFor } from '@tuoyu/testing';

function optional<T>(app: TestApp, token: abstract new (...args: never[]) => T): T | undefined {
  try {
    return app.app.get(token, { strict: false });
  } catch {
    return undefined;
  }
}

async function unpublished(app: TestApp): Promise<number> {
  try {
    return await app.app.get(EntityManager).fork().count(OutboxMessage, { sentAt: null });
  } catch {
    return 0; // a service without an outbox (its database has no outbox table)
  }
}

/**
 * The state in which nothing more can happen at the current clock: every due rung swept (now, not on the
 * sweeper's next tick), every outbox row published, and no queue holding a job to run now (delayed jobs wait for
 * their time), seen twice in a row so a job that enqueues another is followed. What a test waits for before it
 * asserts that something was NOT sent, instead of sleeping.
 */
export async function settle(apps: TestApp[], timeoutMs = 60_000): Promise<void> {
  const queues = new TestQueues();
  try {
    for (const app of apps) await optional(app, DeadlineSweeper)?.sweep();
    let quiet = 0;
    await waitFor(
      'every service to settle',
      async () => {
        let busy = false;
        for (const app of apps) busy ||= (await unpublished(app)) > 0;
        for (const name of ALL_QUEUES) {
          const counts = await queues.get(name).getJobCounts('waiting', 'active', 'prioritized');
          busy ||= Object.values(counts).some((n) => n > 0);
        }
        quiet = busy ? 0 : quiet + 1;
        return quiet >= 2;
      },
      { timeoutMs },
    );
  } finally {
    await queues.disconnect();
  }
}
