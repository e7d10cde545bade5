import { MikroORM } from '@mikro-orm/core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { OutboxMessage } from './outbox-message.entity';
import { QueueRegistry } from './queue-registry';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'paused', 'prioritized'] as const;

/** Queue depth and failed counts per queue, read from Redis at scrape time. */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly registry: Registry,
    private readonly queues: QueueRegistry,
  ) {}

  onModuleInit(): void {
    const queues = this.queues;
    new Gauge({
      name: 'tuoyu_queue_jobs',
      help: 'Jobs per BullMQ queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const queue of queues.all()) {
          try {
            const counts = await queue.getJobCounts(...STATES);
            for (const state of STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          } catch {
            // Redis down: /health says so; the gauge keeps its last values.
          }
        }
      },
    });
  }
}

/** Messages written but not yet published (grows while Redis is unreachable). */
@Injectable()
export class OutboxMetrics implements OnModuleInit {
  constructor(
    private readonly registry: Registry,
    private readonly orm: MikroORM,
  ) {}

  onModuleInit(): void {
    const orm = this.orm;
    new Gauge({
      name: 'tuoyu_outbox_unsent',
      help: 'Outbox messages committed but not yet published to BullMQ',
      registers: [this.registry],
      async collect() {
        try {
          this.set(await orm.em.fork().getRepository(OutboxMessage).countUnsent());
        } catch {
          // Database down: /health says so; a scrape must still answer (the gauge keeps its last value).
        }
      },
    });
  }
}
