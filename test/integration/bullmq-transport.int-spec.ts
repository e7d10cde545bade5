import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { AppConfig } from '@tuoyu/config';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { BullMqContext, BullMqServer, Inbound, QueueConsumer } from '@tuoyu/messaging';
import { redisOptionsFromUrl } from '@tuoyu/redis';
import { TestQueues, makeUscc, waitForJobState } from '@tuoyu/testing';
import { UnrecoverableError } from 'bullmq';

type FilingAccepted = Inbound<QueueName.Evaluation, MessageType.FilingAccepted>;

class StillBusyError extends Error {
  constructor(readonly attempt: number) {
    super(`still busy at attempt ${attempt}`);
  }
}

/** What each handled message saw, by its filing case id. */
const seen = new Map<string, { attempt: number; errorType?: string }[]>();

/** Behaves as the message's `name` says, so one consumer covers every outcome. */
@QueueConsumer(QueueName.Evaluation)
class ScriptedConsumer {
  @EventPattern(MessageType.FilingAccepted)
  filingAccepted(@Payload() message: FilingAccepted, @Ctx() ctx: BullMqContext): string {
    const { attempt } = ctx;
    seen.set(message.payload.filingCaseId, [
      ...(seen.get(message.payload.filingCaseId) ?? []),
      { attempt: attempt.number },
    ]);
    if (message.payload.name === 'busy-once' && attempt.number === 1) throw new StillBusyError(attempt.number);
    if (message.payload.name === 'always-busy') throw new StillBusyError(attempt.number);
    if (message.payload.name === 'hopeless') throw new UnrecoverableError('hopeless by design');
    return `handled ${message.id}`;
  }

  @EventPattern(MessageType.DeadlineRungDue)
  deadlineRungDue(): void {}

  @EventPattern(MessageType.HolidayNoticeLoaded)
  holidayNoticeLoaded(): void {}
}

/** A consumer that forgot a message type of its queue's contract. */
@QueueConsumer(QueueName.Evaluation)
class IncompleteConsumer {
  @EventPattern(MessageType.FilingAccepted)
  filingAccepted(): void {}
}

async function hybridApp(consumer: new () => object): Promise<{ app: INestApplication; server: BullMqServer }> {
  const config = AppConfig.fromProcessEnv();
  const moduleRef = await Test.createTestingModule({ controllers: [consumer] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  const server = new BullMqServer({
    queue: QueueName.Evaluation,
    worker: {
      connection: { ...redisOptionsFromUrl(config.redisUrl), maxRetriesPerRequest: null },
      prefix: config.queuePrefix,
      concurrency: 4,
    },
  });
  app.connectMicroservice({ strategy: server });
  await app.init();
  return { app, server };
}

function filingAccepted(name: string): object {
  return { v: 1, filingCaseId: randomUUID(), uscc: makeUscc(), name, regionCode: '512002', filedOn: '2026-10-01' };
}

describe('the BullMQ transport of @nestjs/microservices', () => {
  let queues: TestQueues;

  beforeAll(() => {
    queues = new TestQueues();
  });
  afterAll(async () => {
    await queues?.close();
  });

  it('refuses to start when a message type of the queue contract has no handler', async () => {
    const { app } = await hybridApp(IncompleteConsumer);
    try {
      await expect(app.startAllMicroservices()).rejects.toThrow(
        'queue "evaluation" consumer does not match its contract: no @EventPattern handler for DeadlineRungDue, HolidayNoticeLoaded',
      );
    } finally {
      await app.close();
    }
  });

  describe('with every handler', () => {
    let app: INestApplication;

    beforeAll(async () => {
      ({ app } = await hybridApp(ScriptedConsumer));
      await app.startAllMicroservices();
    });
    afterAll(async () => {
      await app?.close();
    });

    const add = (name: string, attempts: number) =>
      queues.get(QueueName.Evaluation).add(MessageType.FilingAccepted, filingAccepted(name), {
        jobId: randomUUID(),
        attempts,
        backoff: { type: 'fixed', delay: 10 },
      });

    it('returns the handler result as the job result', async () => {
      const job = await add('fine', 3);
      const { job: done, state } = await waitForJobState(queues.get(QueueName.Evaluation), job.id!);
      expect({ state, result: done.returnvalue, attemptsMade: done.attemptsMade }).toEqual({
        state: 'completed',
        result: `handled ${job.id}`,
        attemptsMade: 1, // BullMQ counts the attempt that succeeded, too
      });
    });

    it('retries a handler error by the job attempts and backoff, with the attempt number in the context', async () => {
      const job = await add('busy-once', 3);
      const { job: done, state } = await waitForJobState(queues.get(QueueName.Evaluation), job.id!);
      expect({ state, attemptsMade: done.attemptsMade }).toEqual({ state: 'completed', attemptsMade: 2 });
      expect(seen.get((job.data as { filingCaseId: string }).filingCaseId)).toEqual([{ attempt: 1 }, { attempt: 2 }]);
    });

    it("keeps a handler error's own message as the failed reason (not Nest's flattened RPC error)", async () => {
      const job = await add('always-busy', 2);
      const { job: failed } = await waitForJobState(queues.get(QueueName.Evaluation), job.id!, ['failed']);
      expect({ attemptsMade: failed.attemptsMade, reason: failed.failedReason }).toEqual({
        attemptsMade: 2,
        reason: 'still busy at attempt 2',
      });
    });

    it('fails at once on an UnrecoverableError from a handler, whatever the attempts', async () => {
      const job = await add('hopeless', 5);
      const { job: failed } = await waitForJobState(queues.get(QueueName.Evaluation), job.id!, ['failed']);
      expect({ attemptsMade: failed.attemptsMade, reason: failed.failedReason }).toEqual({
        attemptsMade: 1,
        reason: 'hopeless by design',
      });
    });
  });
});
