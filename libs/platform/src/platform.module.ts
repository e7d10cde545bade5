import { DynamicModule, Module } from '@nestjs/common';
import { ClockModule } from '@tuoyu/clock';
import { ConfigModule, ServiceName } from '@tuoyu/config';
import { QueueName } from '@tuoyu/contracts';
import { DeadlinesModule } from '@tuoyu/deadlines';
import { RateLimitModule } from '@tuoyu/http';
import { IdentityModule } from '@tuoyu/identity';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS, MessagingModule } from '@tuoyu/messaging';
import { ObservabilityModule } from '@tuoyu/observability';
import { PersistenceModule, PersistenceOptions } from '@tuoyu/persistence';
import { RedisModule } from '@tuoyu/redis';

export interface PlatformOptions {
  service: ServiceName;
  /** The service's own database: its entities and migrations (outbox/inbox are added here). */
  database?: Pick<PersistenceOptions, 'entities' | 'migrations'>;
  consumes?: QueueName;
  producesTo?: QueueName[];
  observes?: QueueName[];
}

/** Everything a Tuoyu app stands on: config, Redis, clock, auth, logs/metrics/health, queues, database. */
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    const { service, database } = options;
    const persistence = database
      ? [
          PersistenceModule.forService({
            service,
            entities: [...MESSAGING_ENTITIES, ...database.entities],
            migrations: [...MESSAGING_MIGRATIONS, ...database.migrations],
          }),
        ]
      : [];
    return {
      module: PlatformModule,
      imports: [
        ConfigModule,
        RedisModule,
        ClockModule,
        DeadlinesModule,
        IdentityModule.forService(service),
        RateLimitModule,
        ObservabilityModule.forService(service, { database: persistence.length > 0 }),
        ...persistence,
        MessagingModule.forService({
          service,
          consumes: options.consumes,
          producesTo: options.producesTo,
          observes: options.observes,
          database: persistence.length > 0,
        }),
      ],
      exports: [...persistence, MessagingModule],
    };
  }
}
