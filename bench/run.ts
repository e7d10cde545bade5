import { ChildProcess, spawn } from 'node:child_process';
import { prepareEnvironment, BENCH_REDIS_PORT, DATABASE_PREFIX } from './environment';
prepareEnvironment();
import Redis from 'ioredis';
import { Client } from 'pg';
import { loadavg } from 'node:os';
import request from 'supertest';
import { SmtpSink, registrationBody } from '@tuoyu/testing';
import { bareThreeHops } from './bare-pipeline';
import { BenchSystem, startInThisProcess, startServiceProcesses } from './bench-system';
import { commandDelta, redisCommands } from './counters';
import { benchGauges } from './gauges';
import { benchImport } from './import';

// `npm run bench -- gauges` (PostgreSQL only) or `npm run bench -- import` runs that measurement alone;
// `npm run bench -- pipeline` runs the bare pipeline, end to end and latency phases without gauges and import.
const ONLY = process.argv[2] as 'gauges' | 'import' | 'pipeline' | undefined;
// As deployed (one process per service from dist/), or BENCH_SERVICES=in-process: all in the bench's process.
const IN_PROCESS = process.env.BENCH_SERVICES === 'in-process';
// The services' log level: as deployed (info, JSON lines) unless told; in-process their lines would bury the report.
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? (IN_PROCESS ? 'fatal' : 'info');
const START_AT = '2026-09-20T10:00:00+08:00';

const THROUGHPUT_COUNT = Number(process.env.BENCH_COUNT ?? 200);
const IN_FLIGHT = 16;
// Registrations before the measured phases: five fresh processes need more than one to warm their JIT and pools.
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 64);
const LATENCY_RATE = 20;
const LATENCY_SECONDS = 10;
const ADMIN_DB = 'postgres://postgres@127.0.0.1:5432/postgres';

async function startRedis(): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(BENCH_REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const probe = new Redis({ port: BENCH_REDIS_PORT, lazyConnect: true, retryStrategy: () => 100 });
  for (let i = 0; i < 100; i += 1) {
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  probe.disconnect();
  return child;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  if (ONLY === 'gauges') return console.log(JSON.stringify(await benchGauges(ADMIN_DB, DATABASE_PREFIX), null, 2));
  const redisServer = await startRedis();
  const redis = new Redis({ port: BENCH_REDIS_PORT });
  const admin = new Client({ connectionString: ADMIN_DB });
  await admin.connect();
  await admin.query(`create database "${DATABASE_PREFIX}_bare"`);
  const arrivals = new Map<string, number>();
  const sink = new SmtpSink();
  sink.beforeReply = (mail) => {
    for (const to of [mail.to].flat()) for (const a of to?.value ?? []) arrivals.set(a.address!, performance.now());
    return Promise.resolve();
  };
  await sink.start();
  try {
    let bareRuns = 0;
    const runBare = () =>
      bareThreeHops({
        redis: { host: '127.0.0.1', port: BENCH_REDIS_PORT },
        prefix: `${process.env.QUEUE_PREFIX}-bare${(bareRuns += 1)}`,
        databaseUrl: `postgres://postgres@127.0.0.1:5432/${DATABASE_PREFIX}_bare`,
        sink,
        count: THROUGHPUT_COUNT,
        concurrency: 8,
      });
    const bare = ONLY === 'import' ? NaN : await runBare();

    const env = { SMTP_URL: sink.url, LOG_LEVEL, LOG_FORMAT: 'json' };
    const system = IN_PROCESS
      ? await startInThisProcess(env, START_AT)
      : await startServiceProcesses(env, redis, START_AT);
    try {
      if (ONLY === 'import') return console.log(JSON.stringify(await benchImport(system), null, 2));
      const report = {
        at: new Date().toISOString(),
        services: system.mode,
        logLevel: LOG_LEVEL,
        loadAverageAtStart: loadavg().map((n) => round(n, 2)),
        ...(await benchEndToEnd(system, redis, arrivals, bare, runBare)),
        loadAverageAfterLatency: loadavg().map((n) => round(n, 2)),
        ...(ONLY === 'pipeline'
          ? {}
          : {
              gaugesAt1MillionOpenDeadlines: await benchGauges(ADMIN_DB, DATABASE_PREFIX),
              bulkImport: await benchImport(system),
            }),
      };
      console.log(JSON.stringify(report, null, 2));
    } finally {
      // With a backlog left (the import's handoffs), a graceful stop lets active jobs finish: say so, and how long.
      const stopping = performance.now();
      console.error(`[bench ${new Date().toISOString()}] stopping the services`);
      await system.close();
      console.error(`[bench] services stopped in ${round((performance.now() - stopping) / 1000)} s`);
    }
  } finally {
    await sink.stop();
    redis.disconnect();
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${DATABASE_PREFIX}%`,
    ]);
    for (const { datname } of rows) await admin.query(`drop database "${datname}" with (force)`);
    await admin.end();
    redisServer.kill('SIGTERM');
  }
}

/**
 * End to end (registration → outbox → filing → outbox → notification → SMTP) with IN_FLIGHT POSTs at a time,
 * counting SQL round trips and Redis commands per registration; then POST → email latency at LATENCY_RATE/s.
 */
async function benchEndToEnd(
  system: BenchSystem,
  redis: Redis,
  arrivals: Map<string, number>,
  bareBefore: number,
  runBare: () => Promise<number>,
): Promise<Record<string, unknown>> {
  const authority = `Bearer ${system.token({ role: 'authority', region: '512000' })}`;
  const answered: number[] = [];
  const post = async (): Promise<{ email: string; postedAt: number }> => {
    const body = registrationBody({ approvedOn: '2026-09-20' });
    const postedAt = performance.now();
    await request(system.registrationUrl).post('/registrations').set('Authorization', authority).send(body).expect(201);
    answered.push(performance.now() - postedAt);
    return { email: (body.contact as { email: string }).email, postedAt };
  };
  const emailed = (emails: string[]) => emails.every((e) => arrivals.has(e));
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((r) => setTimeout(r, 20));
  };

  // Warm-up: the first registrations pay for JIT, pools and prepared plans.
  const warm: string[] = [];
  for (let i = 0; i < WARM_UP; i += IN_FLIGHT)
    warm.push(...(await Promise.all(Array.from({ length: IN_FLIGHT }, () => post()))).map((w) => w.email));
  await until(() => emailed(warm));

  // Throughput: registrations with IN_FLIGHT POSTs at a time, from the first POST to the last email.
  const counted0 = await system.roundTrips();
  const redis0 = await redisCommands(redis);
  const started = performance.now();
  answered.length = 0;
  const emails: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < THROUGHPUT_COUNT) {
        next += 1;
        emails.push((await post()).email);
      }
    }),
  );
  await until(() => emailed(emails));
  const seconds = (performance.now() - started) / 1000;
  const pipeline = THROUGHPUT_COUNT / seconds;
  // With IN_FLIGHT POSTs at a time, the rate can be no more than IN_FLIGHT ÷ the POST's own time.
  const postMs = [...answered].sort((a, b) => a - b);
  const counted = await system.roundTrips();
  const commands = commandDelta(redis0, await redisCommands(redis));
  // The yardstick again right after: on a shared machine the load moves between phases, and the ratio is taken
  // against the mean of the two bare runs around the end-to-end phase.
  const bareAfter = await runBare();
  const bare = (bareBefore + bareAfter) / 2;
  const clientCommands = commandDelta(new Map(Object.entries(counted0.redis)), new Map(Object.entries(counted.redis)));
  const per = (n: number) => round(n / THROUGHPUT_COUNT);

  // Latency: a steady LATENCY_RATE registrations/s for LATENCY_SECONDS, POST sent → email at the sink.
  const posted: { email: string; postedAt: number }[] = [];
  const sends: Promise<void>[] = [];
  for (let i = 0; i < LATENCY_RATE * LATENCY_SECONDS; i += 1) {
    sends.push(post().then((p) => void posted.push(p)));
    await new Promise((r) => setTimeout(r, 1000 / LATENCY_RATE));
  }
  await Promise.all(sends);
  await until(() => emailed(posted.map((p) => p.email)));
  const latencies = posted.map((p) => arrivals.get(p.email)! - p.postedAt).sort((a, b) => a - b);

  return {
    bareThreeHopsPerSecond: { before: round(bareBefore), after: round(bareAfter), mean: round(bare) },
    endToEndPerSecond: round(pipeline),
    ratio: round(pipeline / bare, 3),
    postAnsweredMsDuringThroughput: { p50: Math.round(percentile(postMs, 50)), p99: Math.round(percentile(postMs, 99)) },
    postToEmailMsAt20PerSecond: {
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      max: Math.round(latencies[latencies.length - 1]),
    },
    // CPU time the services used per registration (all of them; each one's in the processes mode): what the
    // machine's load moves least, so the number to compare between runs.
    cpuMsPerRegistration: {
      all: round((counted.cpuMicros - counted0.cpuMicros) / 1000 / THROUGHPUT_COUNT),
      ...Object.fromEntries(
        Object.entries(counted.byService ?? {}).map(([service, after]) => [
          service,
          round((after.cpuMicros - counted0.byService![service].cpuMicros) / 1000 / THROUGHPUT_COUNT),
        ]),
      ),
    },
    // Every pg Client#query of every service process (bench/round-trip-counter.js).
    sqlRoundTripsPerRegistration: per(counted.sql - counted0.sql),
    // Mean time from a SQL call to its answer (PostgreSQL's time, the network and the connection's queue).
    sqlMsPerRoundTrip: round((counted.sqlMicros - counted0.sqlMicros) / 1000 / (counted.sql - counted0.sql), 2),
    // Sent by the services' clients (Lua-internal commands not counted); round trips count a pipeline once.
    clientRedisCommandsPerRegistration: {
      commands: per(clientCommands.reduce((total, [, n]) => total + n, 0)),
      roundTrips: per(counted.redisRoundTrips - counted0.redisRoundTrips),
      byCommand: Object.fromEntries(clientCommands.slice(0, 10).map(([command, n]) => [command, per(n)])),
    },
    // What the bench's Redis executed (Lua internals included); idle workers, clock and relays included.
    redisCommandsPerRegistration: per(commands.reduce((total, [, n]) => total + n, 0)),
    redisCommandsPerRegistrationByCommand: Object.fromEntries(
      commands.slice(0, 10).map(([command, n]) => [command, per(n)]),
    ),
    throughputPhaseSeconds: round(seconds),
    registrations: THROUGHPUT_COUNT,
  };
}

function round(n: number, digits = 1): number {
  return Number(n.toFixed(digits));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
