import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { FixedClock } from '@tuoyu/clock';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { Principal, TokenService } from '@tuoyu/identity';
import { ServiceProcess, compiledMain, setTestClock } from '@tuoyu/testing';
import type Redis from 'ioredis';
import { startTestSystem } from '../test/support/test-system';
import { BENCH_REDIS_PORT } from './environment';

/** What one service process (or the one process of all) has sent so far (bench/round-trip-counter.js). */
export interface RoundTrips {
  sql: number;
  redis: Record<string, number>;
  redisRoundTrips: number;
  cpuMicros: number;
  /** Time from each SQL call to its answer, summed (concurrent queries overlap). */
  sqlMicros: number;
}

/** The system under measurement, however it runs: one process per service (as deployed), or all in this one. */
export interface BenchSystem {
  mode: 'processes' | 'in-process';
  registrationUrl: string;
  token(principal: Principal): string;
  /** Moves every service's clock to `instant` (the shared Redis offset) and returns once each follows it. */
  setClock(instant: string): Promise<void>;
  /** SQL round trips, Redis commands and CPU time of every service, summed (byService: each one's). */
  roundTrips(): Promise<RoundTrips & { byService?: Record<string, RoundTrips> }>;
  close(): Promise<void>;
}

const SERVICES: ServiceName[] = ['registration', 'filing', 'evaluation', 'notification', 'admin'];
const COUNTER = join(__dirname, 'round-trip-counter.js');
// Service ports from BENCH_REDIS_PORT + 1; each service's counter answers 10 above its own port.
const port = (service: ServiceName) => BENCH_REDIS_PORT + 1 + SERVICES.indexOf(service);

/**
 * Every service as its own operating-system process from dist/ (ServiceProcess), as `npm start` runs them, each
 * with the round-trip counter preloaded. Fails when dist/ is older than the sources: a bench of stale code is
 * worse than none (`npm run build`, or `npx nest build <app>` for each).
 */
export async function startServiceProcesses(
  env: Record<string, string>,
  redis: Redis,
  startAt: string,
): Promise<BenchSystem> {
  const stale = SERVICES.filter((service) => !compiledMain(service));
  if (stale.length) throw new Error(`dist/ is older than the sources of ${stale.join(', ')}: run npm run build first`);
  const config = AppConfig.fromProcessEnv();
  const offsetKey = `${config.queuePrefix}:clock:offset-ms`;
  const moveClock = (instant: string) => redis.set(offsetKey, String(new Date(instant).getTime() - Date.now()));
  // Read by each service at start: no wait for its poll.
  await moveClock(startAt);
  const ports = Object.fromEntries(SERVICES.map((s) => [`PORT_${s.toUpperCase()}`, String(port(s))]));
  const processes: ServiceProcess[] = [];
  try {
    for (const service of SERVICES) {
      const child = new ServiceProcess(service, port(service), {
        ...env,
        ...ports,
        BENCH_COUNTER_PORT: String(port(service) + 10),
        BENCH_SERVICE_NAME: service,
        // BENCH_CPU_PROF=<dir> (inherited) also profiles each service: see round-trip-counter.js.
        NODE_OPTIONS: `--require ${COUNTER}`,
      });
      processes.push(child);
      await child.start(180_000);
    }
  } catch (error) {
    for (const child of processes) await child.stop();
    throw error;
  }
  // Tokens are issued at the earliest instant the bench sets (the shared clock never goes back before it).
  const tokens = new TokenService(new JwtService({}), config, new FixedClock(new Date(startAt)));
  return {
    mode: 'processes',
    registrationUrl: processes[0].url,
    token: (principal) => tokens.sign(principal, 10 * 365 * 24 * 3600),
    setClock: async (instant) => {
      await moveClock(instant);
      // Each service polls the shared offset every 500 ms (SharedOffsetClock).
      await new Promise((resolve) => setTimeout(resolve, 1200));
    },
    roundTrips: async () => {
      const each = await Promise.all(
        SERVICES.map(async (service) => {
          const response = await fetch(`http://127.0.0.1:${port(service) + 10}/`);
          return (await response.json()) as RoundTrips;
        }),
      );
      return { ...sum(each), byService: Object.fromEntries(SERVICES.map((service, i) => [service, each[i]])) };
    },
    close: async () => {
      if (process.env.BENCH_CPU_PROF)
        await Promise.all(
          SERVICES.map((service) => fetch(`http://127.0.0.1:${port(service) + 10}/cpu-profile`, { method: 'POST' })),
        );
      for (const child of [...processes].reverse()) await child.stop();
    },
  };
}

/** The former mode (BENCH_SERVICES=in-process): every service in this process, as the tests run them. */
export async function startInThisProcess(env: Record<string, string>, startAt: string): Promise<BenchSystem> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JS shared with the service processes
  const counter = require(COUNTER) as { snapshot(): RoundTrips };
  const system = await startTestSystem(env);
  await setTestClock(system.all, startAt);
  return {
    mode: 'in-process',
    registrationUrl: system.registration.url,
    token: (principal) => system.registration.token(principal),
    setClock: (instant) => setTestClock(system.all, instant),
    roundTrips: () => Promise.resolve(counter.snapshot()),
    close: () => system.close(),
  };
}

function sum(all: RoundTrips[]): RoundTrips {
  const redis: Record<string, number> = {};
  for (const one of all) for (const [command, n] of Object.entries(one.redis)) redis[command] = (redis[command] ?? 0) + n;
  return {
    sql: all.reduce((total, one) => total + one.sql, 0),
    redis,
    redisRoundTrips: all.reduce((total, one) => total + one.redisRoundTrips, 0),
    cpuMicros: all.reduce((total, one) => total + one.cpuMicros, 0),
    sqlMicros: all.reduce((total, one) => total + one.sqlMicros, 0),
  };
}
