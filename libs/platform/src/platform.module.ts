import { DynamicModule, Module } from '@nestjs/common';
import { AUDIT_ENTITIES, AUDIT_MIGRATIONS, AuditModule } from '@tuoyu/audit';
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

/** Everything a Tuoyu app stands on: config, Redis, clock, auth, logs/metrics/health, queues, database, audit. */
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    const { service, database } = options;
    const persistence = database
      ? [
          PersistenceModule.forService({
            service,
            entities: [...MESSAGING_ENTITIES, ...AUDIT_ENTITIES, ...database.entities],
            migrations: [...MESSAGING_MIGRATIONS, ...AUDIT_MIGRATIONS, ...database.migrations],
          }),
          // Every decision and directory change, append-only (ASVS 7.1/7.3), in the service's own database.
          AuditModule,
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
