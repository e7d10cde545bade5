import { DynamicModule, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Constructor, MikroORM } from '@mikro-orm/core';
import { Migration, Migrator } from '@mikro-orm/migrations';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AppConfig, DatabaseServiceName } from '@tuoyu/config';
import { ensureDatabase } from './ensure-database';
import { runMigrations } from './run-migrations';

export interface PersistenceOptions {
  service: DatabaseServiceName;
  entities: Constructor<object>[];
  /** Ordered; names must be unique within the service. Never updateSchema: other services share the server. */
  migrations: { name: string; class: Constructor<Migration> }[];
}

const PERSISTENCE_OPTIONS = Symbol('PERSISTENCE_OPTIONS');

@Injectable()
class MigrationRunner implements OnModuleInit {
  constructor(
    private readonly orm: MikroORM,
    private readonly config: AppConfig,
    @Inject(PERSISTENCE_OPTIONS) private readonly options: PersistenceOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.orm, this.config.databaseUrl, this.config.databaseName(this.options.service));
  }
}

/** MikroORM on the service's own PostgreSQL database, created and migrated on start. */
@Module({})
export class PersistenceModule {
  static forService(options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        MikroOrmModule.forRootAsync({
          inject: [AppConfig],
          driver: PostgreSqlDriver,
          useFactory: async (config: AppConfig) => {
            const dbName = config.databaseName(options.service);
            await ensureDatabase(config.databaseUrl, dbName);
            return {
              driver: PostgreSqlDriver,
              clientUrl: config.databaseUrl,
              dbName,
              entities: options.entities,
              extensions: [Migrator],
              migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, silent: true },
              allowGlobalContext: false,
              forceUtcTimezone: true,
              pool: { min: 0, max: 10 },
            };
          },
        }),
        MikroOrmModule.forFeature(options.entities),
      ],
      providers: [{ provide: PERSISTENCE_OPTIONS, useValue: options }, MigrationRunner],
      exports: [MikroOrmModule],
    };
  }
}
