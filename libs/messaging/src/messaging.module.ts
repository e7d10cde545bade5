import { DynamicModule, Module, Provider } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { QueueName } from '@tuoyu/contracts';
import { QueueConnections } from '@tuoyu/redis';
import { Inbox } from './inbox';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { OutboxMetrics, QueueMetrics } from './messaging-metrics';
import { Outbox } from './outbox';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxPoison } from './outbox-poison';
import { OutboxRelay } from './outbox-relay';
import { OutboxRetention } from './outbox-retention';
import { QueueRegistry } from './queue-registry';
import { OutboxRepublisher } from './redis-loss/outbox-republisher';
import { RedisLossRecovery } from './redis-loss/redis-loss-recovery';
import { MESSAGING_SERVICE, RedisLossWatch } from './redis-loss/redis-loss-watch';
import { BullMqClient } from './transport/bullmq-client';
import { QueueConsumerTransport } from './transport/queue-consumer-transport';

export interface MessagingOptions {
  /** Whose outbox this is: names the service's Redis-loss marker. */
  service: ServiceName;
  /** The app's inbound queue (its `@QueueConsumer` is declared by the app; bootstrap starts the transport). */
  consumes?: QueueName;
  /** Queues the app's outbox publishes to. */
  producesTo?: QueueName[];
  /** Queues the app only watches (admin console). */
  observes?: QueueName[];
  /** Whether the app has a database, hence an outbox and an inbox. */
  database: boolean;
}

/** BullMQ wiring for one app: connection, queues, outbox relay and inbox. */
@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions): DynamicModule {
    const outbound = [...new Set([...(options.producesTo ?? []), ...(options.observes ?? [])])];
    const all = [...new Set([...(options.consumes ? [options.consumes] : []), ...outbound])];
    const providers: Provider[] = [
      {
        provide: QueueRegistry,
        inject: [ModuleRef],
        useFactory: (moduleRef: ModuleRef) => new QueueRegistry(moduleRef, all),
      },
      QueueMetrics,
      {
        provide: BullMqClient,
        inject: [QueueRegistry],
        useFactory: (queues: QueueRegistry) => new BullMqClient(queues),
      },
    ];
    const { consumes } = options;
    if (consumes)
      providers.push({
        provide: QueueConsumerTransport,
        inject: [AppConfig, QueueConnections],
        useFactory: (config: AppConfig, connections: QueueConnections) =>
          new QueueConsumerTransport(config, connections, consumes),
      });
    if (options.database)
      providers.push(
        Outbox,
        OutboxRelay,
        Inbox,
        OutboxMetrics,
        OutboxPoison,
        OutboxRetention,
        OutboxRepublisher,
        RedisLossRecovery,
        RedisLossWatch,
        { provide: MESSAGING_SERVICE, useValue: options.service },
      );
    return {
      module: MessagingModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig, QueueConnections],
          useFactory: (config: AppConfig, connections: QueueConnections) => ({
            connection: connections.for('worker'),
            prefix: config.queuePrefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        ...(options.consumes ? [BullModule.registerQueue({ name: options.consumes })] : []),
        ...outbound
          .filter((name) => name !== options.consumes)
          .map((name) =>
            BullModule.registerQueueAsync({
              name,
              inject: [AppConfig, QueueConnections],
              useFactory: (config: AppConfig, connections: QueueConnections) => ({
                connection: connections.for('producer'),
                prefix: config.queuePrefix,
                defaultJobOptions: DEFAULT_JOB_OPTIONS,
              }),
            }),
          ),
      ],
      providers,
      controllers: options.database ? [OutboxAdminController] : [],
      exports: [
        QueueRegistry,
        BullMqClient,
        ...(options.database
          ? [Outbox, OutboxRelay, Inbox, OutboxRetention, OutboxRepublisher, RedisLossRecovery, RedisLossWatch]
          : []),
      ],
    };
  }
}
