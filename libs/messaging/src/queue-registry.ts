import { Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueName } from '@tuoyu/contracts';
import { Queue } from 'bullmq';

/** The BullMQ queues this app talks to, by name (registered by MessagingModule). */
export class QueueRegistry implements OnModuleInit {
  private readonly logger = new Logger(QueueRegistry.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly names: readonly QueueName[],
  ) {}

  onModuleInit(): void {
    for (const name of this.names) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      // An EventEmitter 'error' without a listener would crash the process on a Redis outage.
      queue.on('error', (error) => this.logger.debug(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
  }

  get(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Queue "${name}" is not registered in this app`);
    return queue;
  }

  has(name: string): name is QueueName {
    return this.queues.has(name as QueueName);
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }
}
