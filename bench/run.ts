import { ChildProcess, spawn } from 'node:child_process';
import { prepareEnvironment, BENCH_REDIS_PORT, DATABASE_PREFIX } from './environment';
prepareEnvironment();
import Redis from 'ioredis';
import { Client } from 'pg';
import request from 'supertest';
import { SmtpSink, registrationBody, setTestClock } from '@tuoyu/testing';
import { startTestSystem } from '../test/support/test-system';
import { bareThreeHops } from './bare-pipeline';
import { clientRedisCommands, commandDelta, redisCommands, sqlRoundTrips, sqlStatements } from './counters';
import { benchGauges } from './gauges';
import { benchImport } from './import';

// `npm run bench -- gauges` (PostgreSQL only) or `npm run bench -- import` runs that measurement alone;
// `npm run bench -- counts` only the end-to-end phase and its per-registration counts (no bare, latency, gauges, import).
const ONLY = process.argv[2] as 'gauges' | 'import' | 'counts' | undefined;

const THROUGHPUT_COUNT = Number(process.env.BENCH_COUNT ?? 200);
const IN_FLIGHT = 16;
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
    const bare = ONLY
      ? NaN
      : await bareThreeHops({
          redis: { host: '127.0.0.1', port: BENCH_REDIS_PORT },
          prefix: `${process.env.QUEUE_PREFIX}-bare`,
          databaseUrl: `postgres://postgres@127.0.0.1:5432/${DATABASE_PREFIX}_bare`,
          sink,
          count: THROUGHPUT_COUNT,
          concurrency: 8,
        });

    const system = await startTestSystem({ SMTP_URL: sink.url });
    try {
      if (ONLY === 'import') return console.log(JSON.stringify(await benchImport(system), null, 2));
      await setTestClock(system.all, '2026-09-20T10:00:00+08:00');
      const authority = `Bearer ${system.registration.token({ role: 'authority', region: '512000' })}`;
      const post = async (): Promise<{ email: string; postedAt: number }> => {
        const body = registrationBody({ approvedOn: '2026-09-20' });
        const postedAt = performance.now();
        await request(system.registration.url)
          .post('/registrations')
          .set('Authorization', authority)
          .send(body)
          .expect(201);
        return { email: (body.contact as { email: string }).email, postedAt };
      };
      const emailed = (emails: string[]) => emails.every((e) => arrivals.has(e));
      const until = async (done: () => boolean) => {
        while (!done()) await new Promise((r) => setTimeout(r, 20));
      };

      // Warm-up: the first registration pays for JIT, pools and prepared plans.
      const warm = await post();
      await until(() => emailed([warm.email]));

      // Throughput: registrations with IN_FLIGHT POSTs at a time, from the first POST to the last email.
      const sql0 = sqlRoundTrips();
      const sql0Statements = sqlStatements();
      const redis0 = await redisCommands(redis);
      const client0 = clientRedisCommands();
      const started = performance.now();
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
      const sqlPer = (sqlRoundTrips() - sql0) / THROUGHPUT_COUNT;
      const pipeline = THROUGHPUT_COUNT / seconds;
      const commands = commandDelta(redis0, await redisCommands(redis));
      const redisPer = commands.reduce((sum, [, n]) => sum + n, 0) / THROUGHPUT_COUNT;
      const client = clientRedisCommands();
      const clientCommands = commandDelta(client0.commands, client.commands);
      if (ONLY === 'counts') {
        const statements = commandDelta(sql0Statements, sqlStatements());
        return console.log(
          JSON.stringify(
            {
              endToEndPerSecond: round(pipeline),
              sqlRoundTripsPerRegistration: round(sqlPer),
              byStatement: statements.slice(0, 25).map(([text, n]) => `${round(n / THROUGHPUT_COUNT, 2)}  ${text}`),
              clientRedisCommandsPerRegistration: round(
                clientCommands.reduce((sum, [, n]) => sum + n, 0) / THROUGHPUT_COUNT,
              ),
              redisCommandsPerRegistration: round(redisPer),
            },
            null,
            2,
          ),
        );
      }

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

      const report = {
        bareThreeHopsPerSecond: round(bare),
        endToEndPerSecond: round(pipeline),
        ratio: round(pipeline / bare, 3),
        postToEmailMsAt20PerSecond: {
          p50: Math.round(percentile(latencies, 50)),
          p99: Math.round(percentile(latencies, 99)),
        },
        sqlRoundTripsPerRegistration: round(sqlPer),
        redisCommandsPerRegistration: round(redisPer),
        // Sent by this process's clients (Lua-internal commands not counted); round trips count a pipeline once.
        clientRedisCommandsPerRegistration: {
          commands: round(clientCommands.reduce((sum, [, n]) => sum + n, 0) / THROUGHPUT_COUNT),
          roundTrips: round((client.roundTrips - client0.roundTrips) / THROUGHPUT_COUNT),
          byCommand: Object.fromEntries(
            clientCommands.slice(0, 10).map(([command, n]) => [command, round(n / THROUGHPUT_COUNT)]),
          ),
        },
        // Includes what idle workers, the shared clock and the relays do while the phase lasts.
        redisCommandsPerRegistrationByCommand: Object.fromEntries(
          commands.slice(0, 10).map(([command, n]) => [command, round(n / THROUGHPUT_COUNT)]),
        ),
        throughputPhaseSeconds: round(seconds),
        registrations: THROUGHPUT_COUNT,
        gaugesAt1MillionOpenDeadlines: await benchGauges(ADMIN_DB, DATABASE_PREFIX),
        bulkImport: await benchImport(system),
      };
      console.log(JSON.stringify(report, null, 2));
    } finally {
      await system.close();
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
