import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { BeforeApplicationShutdown, INestApplication, Injectable } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { AppConfig } from '@tuoyu/config';
import { QueueName } from '@tuoyu/contracts';
import { QueueConnections } from '@tuoyu/redis';
import { BullMqServer } from './bullmq-server';

/**
 * Builds the app's BullMQ server for its inbound queue and stops it first on shutdown: Nest closes a hybrid
 * app's microservices only after the shutdown hooks, when the database pool is gone, so active jobs are let
 * finish here, while the database and Redis are still open.
 */
@Injectable()
export class QueueConsumerTransport implements BeforeApplicationShutdown {
  private server?: BullMqServer;

  constructor(
    private readonly config: AppConfig,
    private readonly connections: QueueConnections,
    readonly queue: QueueName,
  ) {}

  createServer(): BullMqServer {
    this.server = new BullMqServer({
      queue: this.queue,
      worker: {
        connection: this.connections.for('worker'),
        // Which replica handled a job (Bull Board shows it): host, process and this start, for in-process replicas.
        name: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
        prefix: this.config.queuePrefix,
        concurrency: this.config.consumerConcurrency(this.queue),
        // A replica killed with -9 leaves its active jobs to the stalled check; a job is only failed as stalled
        // after 10 such losses, never because one machine went away mid-job.
        maxStalledCount: 10,
      },
    });
    return this.server;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}

/** Makes `app` a hybrid app: HTTP plus the BullMQ transport on its inbound queue, if it consumes one. */
export async function startQueueConsumer(app: INestApplication): Promise<void> {
  // Looked up in the module container rather than by a failing app.get(): the app NestFactory returns aborts the
  // process on any error thrown through it, so "try get, catch" would stop an app that consumes no queue (admin).
  const consumes = [...app.get(ModulesContainer).values()].some((module) =>
    module.providers.has(QueueConsumerTransport),
  );
  if (!consumes) return;
  const transport = app.get(QueueConsumerTransport, { strict: false });
  app.connectMicroservice({ strategy: transport.createServer() });
  await app.init();
  await app.startAllMicroservices();
}
