import { DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { redactDeep, redactLogRecord } from './log-redaction';
import { HEALTH_OPTIONS, HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { prettyLogStream, quietStartUp } from './pretty-log-stream';
import { RedisHealthIndicator } from './redis.health';

const QUIET_PATHS = new Set(['/health', '/metrics']);

/** pino logs, /metrics with a registry of the app's own, /health via terminus. */
@Global()
@Module({})
export class ObservabilityModule {
  static forService(service: ServiceName, options: { database: boolean }): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        TerminusModule.forRoot({ errorLogStyle: 'pretty' }),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const options: Options = {
              name: service,
              level: config.logLevel,
              // No token, cookie, code or key in a log line (ASVS 7.1): by key name anywhere in what is logged.
              serializers: {
                req: (req: object) => redactDeep(req),
                res: (res: object) => redactDeep(res),
              },
              formatters: { log: redactLogRecord },
              autoLogging: { ignore: (req) => QUIET_PATHS.has(req.url ?? '') },
            };
            const file = config.logFile;
            if (file) return { pinoHttp: [options, pino.destination({ dest: file, sync: true, append: true })] };
            if (config.logFormat === 'pretty')
              return { pinoHttp: [{ ...options, hooks: quietStartUp }, prettyLogStream()] };
            return { pinoHttp: options };
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        {
          // Its own registry per app: several apps may share one process (tests), and the default one is global.
          provide: Registry,
          useFactory: () => {
            const registry = new Registry();
            registry.setDefaultLabels({ service });
            collectDefaultMetrics({ register: registry });
            return registry;
          },
        },
        { provide: HEALTH_OPTIONS, useValue: options },
        RedisHealthIndicator,
      ],
      exports: [Registry],
    };
  }
}
