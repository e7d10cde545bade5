import { Client } from 'pg';
import request from 'supertest';
import { registrationBody } from '@tuoyu/testing';
import type { BenchSystem } from './bench-system';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TODAY = '2026-11-20T08:00:00+08:00';
// How long to follow filing taking the handoffs in after the import ends (BENCH_DRAIN_SECONDS): the rate is the point.
const DRAIN_SECONDS = Number(process.env.BENCH_DRAIN_SECONDS ?? 120);
// A new registration every LIVE_EVERY_MS while the first import runs: how long its filing-due email takes then.
const LIVE_EVERY_MS = 2000;
// A county's institutions as an import meets them: filed long ago, shared only, overdue and shared, overdue unshared.
const HISTORIES: Record<string, unknown>[] = [
  { approvedOn: '2026-03-02', sharedOn: '2026-03-05', filedOn: '2026-03-12', receiptNumber: '雁卫托备〔2026〕3号' },
  { approvedOn: '2026-11-15', sharedOn: '2026-11-16' },
  { approvedOn: '2026-10-01', sharedOn: '2026-10-10' },
  { approvedOn: '2026-09-01' },
];

interface Job {
  id: string;
  status: string;
  created: number;
  skipped: number;
  invalid: number;
  startedAt: string;
  finishedAt?: string;
}

/**
 * Bulk import of BENCH_IMPORT_ROWS rows with history as one job (POST /registrations/imports, NDJSON), then the
 * same file again, which must create nothing; how fast filing takes the handoffs in (its filing cases); and the
 * POST → email latency of new registrations made while the import runs (`arrivals`: the SMTP sink's, by address).
 */
export async function benchImport(
  system: BenchSystem,
  arrivals: Map<string, number>,
): Promise<Record<string, unknown>> {
  await system.setClock(TODAY);
  const file = Array.from({ length: ROWS }, (_, i) => JSON.stringify(registrationBody(HISTORIES[i % 4]))).join('\n');
  const authority = `Bearer ${system.token({ role: 'authority', region: '512000' })}`;
  const importOnce = async (): Promise<{ job: Job; seconds: number }> => {
    const started = performance.now();
    const accepted = await request(system.registrationUrl)
      .post('/registrations/imports')
      .set('Authorization', authority)
      .set('Content-Type', 'application/x-ndjson')
      .send(file)
      .expect(202);
    for (;;) {
      // The job's status is not limited as the imports are; a 429 (another limit) means ask again after Retry-After.
      const polled = await request(system.registrationUrl)
        .get(`/registrations/imports/${(accepted.body as Job).id}`)
        .set('Authorization', authority);
      if (polled.status === 429) {
        // Every refused poll counts in the window too: asking again before Retry-After keeps the block going.
        await new Promise((r) => setTimeout(r, 1000 * Number(polled.headers['retry-after'] ?? 60)));
        continue;
      }
      const job = polled.body as Job;
      if (job.status !== 'running') {
        progress(`job ${job.id} ${job.status}: ${job.created} created, ${job.skipped} skipped, ${job.invalid} invalid`);
        return { job, seconds: (performance.now() - started) / 1000 };
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  };
  const filing = new Client({
    connectionString: `postgres://postgres@127.0.0.1:5432/${process.env.DATABASE_PREFIX}_filing`,
  });
  await filing.connect();
  try {
    const cases = async () =>
      (await filing.query<{ n: number }>('select count(*)::int as n from filing_case')).rows[0].n;
    const before = await cases();
    progress(`importing ${ROWS} rows`);
    const started = performance.now();
    const cpuBefore = await system.roundTrips();
    const importing = importOnce();
    const live = liveRegistrations(system, authority, importing);
    const first = await importing;
    const cpuDuring = cpuPerRow(cpuBefore, await system.roundTrips());
    const handedOverAtEnd = (await cases()) - before;
    // Filing takes the handoffs in while the import runs; this waits for the rest, while it keeps up.
    let drained = handedOverAtEnd;
    let drainedAt = performance.now();
    const drainUntil = performance.now() + DRAIN_SECONDS * 1000;
    for (let idle = 0; drained < first.job.created && idle < 120 && performance.now() < drainUntil;) {
      await new Promise((r) => setTimeout(r, 500));
      const now = (await cases()) - before;
      idle = now === drained ? idle + 1 : 0;
      if (now > drained) drainedAt = performance.now();
      drained = now;
    }
    progress(`filing opened ${drained} case(s) from the handoffs; importing the same file again`);
    const drainSeconds = (drainedAt - started) / 1000;
    const liveLatency = await latencies(await live, arrivals);
    const second = await importOnce();
    return {
      rows: ROWS,
      firstRun: timing(first),
      // CPU time each service spent per row while the first import ran (filing takes handoffs in meanwhile).
      cpuMsPerRowDuringImport: cpuDuring,
      secondRun: timing(second),
      filingCasesWhenImportFinished: handedOverAtEnd,
      filingCasesDrained: drained,
      // From the import's start to filing's last new case: the rate filing took the handoffs in.
      filingCasesPerSecond: round(drained / drainSeconds),
      drainSeconds: round(drainSeconds),
      // New registrations (one every LIVE_EVERY_MS) while the import ran: POST → filing-due email.
      liveRegistrationsDuringImport: liveLatency,
    };
  } finally {
    await filing.end();
  }
}

/** Posts a new registration every LIVE_EVERY_MS until `until` settles; answers each one's address and POST time. */
async function liveRegistrations(
  system: BenchSystem,
  authority: string,
  until: Promise<unknown>,
): Promise<{ email: string; postedAt: number }[]> {
  let running = true;
  const stop = () => (running = false);
  until.then(stop, stop);
  const posted: { email: string; postedAt: number }[] = [];
  while (running) {
    const body = registrationBody({ approvedOn: '2026-11-19' });
    const postedAt = performance.now();
    await request(system.registrationUrl).post('/registrations').set('Authorization', authority).send(body).expect(201);
    posted.push({ email: (body.contact as { email: string }).email, postedAt });
    await Promise.race([until, new Promise((r) => setTimeout(r, LIVE_EVERY_MS))]);
  }
  return posted;
}

/** Waits (up to a minute) for every live registration's email; p50 and max latency in ms, and how many never came. */
async function latencies(
  posted: { email: string; postedAt: number }[],
  arrivals: Map<string, number>,
): Promise<Record<string, number>> {
  const deadline = performance.now() + 60_000;
  while (posted.some((p) => !arrivals.has(p.email)) && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  const ms = posted
    .filter((p) => arrivals.has(p.email))
    .map((p) => arrivals.get(p.email)! - p.postedAt)
    .sort((a, b) => a - b);
  return {
    registrations: posted.length,
    emailed: ms.length,
    p50Ms: Math.round(ms[Math.floor(ms.length / 2)] ?? NaN),
    maxMs: Math.round(ms[ms.length - 1] ?? NaN),
  };
}

/**
 * Wall time from the POST until a poll saw the job done (polls every second, and 2 s after a 429), and the job's
 * own time from its startedAt to its finishedAt, which a short run's poll resolution does not blur.
 */
function timing({ job, seconds }: { job: Job; seconds: number }): Record<string, unknown> {
  const jobSeconds = job.finishedAt ? (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000 : NaN;
  return {
    ...counts(job),
    seconds: round(seconds),
    rowsPerSecond: round(ROWS / seconds),
    jobSeconds: round(jobSeconds),
    rowsPerJobSecond: round(ROWS / jobSeconds),
  };
}

type Counted = Awaited<ReturnType<BenchSystem['roundTrips']>>;

/** CPU milliseconds per imported row, by service (as deployed) and in all, between two counter readings. */
function cpuPerRow(before: Counted, after: Counted): Record<string, number> {
  const perRow = (micros: number) => Number((micros / 1000 / ROWS).toFixed(2));
  const byService: Record<string, number> = {};
  for (const [service, counted] of Object.entries(after.byService ?? {}))
    byService[service] = perRow(counted.cpuMicros - (before.byService?.[service]?.cpuMicros ?? 0));
  return { ...byService, all: perRow(after.cpuMicros - before.cpuMicros) };
}

/** Progress on stderr, so a long import (minutes at 100,000 rows) shows where it is. */
const progress = (what: string) => console.error(`[bench import ${new Date().toISOString()}] ${what}`);

const counts = ({ status, created, skipped, invalid }: Job) => ({ status, created, skipped, invalid });
const round = (n: number) => Number(n.toFixed(1));
