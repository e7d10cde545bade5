import { ChildProcess, spawn } from 'node:child_process';
import { prepareEnvironment, BENCH_REDIS_PORT, DATABASE_PREFIX } from './environment';
prepareEnvironment();
import Redis from 'ioredis';
import { Client } from 'pg';
import { loadavg } from 'node:os';
import { SmtpSink } from '@tuoyu/testing';
import { bareThreeHops } from './bare-pipeline';
import { startInThisProcess, startServiceProcesses } from './bench-system';
import { benchEndToEnd } from './end-to-end';
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

// 1,000: at 200 (a few seconds) one run in three fell under 0.25x from warm-up noise alone on this 2-core machine.
const THROUGHPUT_COUNT = Number(process.env.BENCH_COUNT ?? 1000);
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
      if (ONLY === 'import') return console.log(JSON.stringify(await benchImport(system, arrivals), null, 2));
      const report = {
        at: new Date().toISOString(),
        services: system.mode,
        logLevel: LOG_LEVEL,
        loadAverageAtStart: loadavg().map((n) => round(n, 2)),
        ...(await benchEndToEnd(system, redis, arrivals, bare, runBare, THROUGHPUT_COUNT)),
        loadAverageAfterLatency: loadavg().map((n) => round(n, 2)),
        ...(ONLY === 'pipeline'
          ? {}
          : {
              gaugesAt1MillionOpenDeadlines: await benchGauges(ADMIN_DB, DATABASE_PREFIX),
              bulkImport: await benchImport(system, arrivals),
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
