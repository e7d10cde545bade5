import type Redis from 'ioredis';
import request from 'supertest';
import { registrationBody } from '@tuoyu/testing';
import type { BenchSystem } from './bench-system';
import { commandDelta, redisCommands } from './counters';

const IN_FLIGHT = 16;
// Registrations before the measured phases: five fresh processes need more than one to warm their JIT and pools.
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 64);
const LATENCY_RATE = 20;
const LATENCY_SECONDS = 10;

/**
 * End to end (registration → outbox → filing → outbox → notification → SMTP) with IN_FLIGHT POSTs at a time,
 * counting SQL round trips and Redis commands per registration; then POST → email latency at LATENCY_RATE/s.
 */
export async function benchEndToEnd(
  system: BenchSystem,
  redis: Redis,
  arrivals: Map<string, number>,
  bareBefore: number,
  runBare: () => Promise<number>,
  count: number,
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
      while (next < count) {
        next += 1;
        emails.push((await post()).email);
      }
    }),
  );
  await until(() => emailed(emails));
  const seconds = (performance.now() - started) / 1000;
  const pipeline = count / seconds;
  // With IN_FLIGHT POSTs at a time, the rate can be no more than IN_FLIGHT ÷ the POST's own time.
  const postMs = [...answered].sort((a, b) => a - b);
  const counted = await system.roundTrips();
  const commands = commandDelta(redis0, await redisCommands(redis));
  // The yardstick again right after: on a shared machine the load moves between phases, and the ratio is taken
  // against the mean of the two bare runs around the end-to-end phase.
  const bareAfter = await runBare();
  const bare = (bareBefore + bareAfter) / 2;
  const clientCommands = commandDelta(new Map(Object.entries(counted0.redis)), new Map(Object.entries(counted.redis)));
  const per = (n: number) => round(n / count);

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
    postAnsweredMsDuringThroughput: {
      p50: Math.round(percentile(postMs, 50)),
      p99: Math.round(percentile(postMs, 99)),
    },
    postToEmailMsAt20PerSecond: {
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      max: Math.round(latencies[latencies.length - 1]),
    },
    // CPU time the services used per registration (all of them; each one's in the processes mode): what the
    // machine's load moves least, so the number to compare between runs.
    cpuMsPerRegistration: {
      all: round((counted.cpuMicros - counted0.cpuMicros) / 1000 / count),
      ...Object.fromEntries(
        Object.entries(counted.byService ?? {}).map(([service, after]) => [
          service,
          round((after.cpuMicros - counted0.byService![service].cpuMicros) / 1000 / count),
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
    registrations: count,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function round(n: number, digits = 1): number {
  return Number(n.toFixed(digits));
}
