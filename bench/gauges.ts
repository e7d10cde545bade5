import { MikroORM } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { DEADLINE_ENTITIES, DEADLINE_MIGRATIONS, Deadline, DeadlineCount, DeadlineRung } from '@tuoyu/deadlines';

const OPEN = 1_000_000;
const REPEATS = 7;
// The scan /metrics ran before the counts (deadline.repository.ts, countOpenByKind): the baseline.
const OLD_SCAN = `select kind, count(*)::int as open,
         count(*) filter (where exists (select 1 from deadline_rung r
           where r.deadline_id = d.id and r.rung = 'breach' and r.status = 'fired'))::int as breached
    from deadline d where status = 'open' group by kind`;

/**
 * The gauges and the sweeper's claim at 1,000,000 open deadlines (one pending rung each), in a database of their
 * own migrated as a service's is: the trigger-kept counts against the scan they replace, in the same run.
 */
export async function benchGauges(adminUrl: string, prefix: string): Promise<Record<string, unknown>> {
  const dbName = `${prefix}_gauges`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${dbName}"`);
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: adminUrl,
    dbName,
    entities: DEADLINE_ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList: DEADLINE_MIGRATIONS, silent: true },
    allowGlobalContext: true,
    forceUtcTimezone: true,
  });
  try {
    await orm.getMigrator().up();
    const sql = (query: string) => orm.em.getConnection().execute(query, [], 'run');
    const seedStarted = performance.now();
    // Four kinds in 20 regions, due over 120 days from 2026-11-01; one in 50 already breached.
    await sql(`insert into deadline (id, kind, subject_type, subject_id, region_code, start_on, period_amount,
                 period_unit, due_on, due_at, provisional, explanation, status, opened_at, breached_at)
               select gen_random_uuid(), (array['filing','sharing_duty','correction','quality_evaluation'])[1 + i % 4],
                      'bench', gen_random_uuid(), '5120' || lpad((i % 20)::text, 2, '0'), date '2026-10-15', 15,
                      'calendar', date '2026-11-01' + i % 120, timestamptz '2026-11-01 16:00Z' + (i % 120) * interval '1 day',
                      false, '[]', 'open', now(), case when i % 50 = 0 then now() end
                 from generate_series(1, ${OPEN}) as i`);
    await sql(`insert into deadline_rung (id, deadline_id, rung, fire_at, status)
               select gen_random_uuid(), id, 'due_in_1_day', due_at - interval '15 hours', 'pending' from deadline`);
    await sql('vacuum analyze deadline');
    await sql('vacuum analyze deadline_rung');
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const em = () => orm.em.fork() as EntityManager;
    const gauges = await timed(() => em().getRepository(DeadlineCount).byKind());
    // GET /deadlines/overview: the counts, and what falls due within 7 days (about 58,000 here) from its index.
    const now = new Date('2026-12-01T02:00:00Z');
    const overview = await timed(() =>
      em()
        .getRepository(Deadline)
        .overview(now, new Date(now.getTime() + 7 * 86_400_000)),
    );
    // The sweeper's claim of its first batch, with 75,000 rungs due; rolled back so each repeat claims again.
    const claim = await timed(async () => {
      const tx = em();
      await tx.begin();
      await tx.getRepository(DeadlineRung).claimDue(new Date('2026-11-10T00:00:00Z'), 50);
      await tx.rollback();
    });
    const scan = await timed(() => sql(OLD_SCAN), 3);
    // A fold that fell behind (the sweeper stopped): 10,000 appended rows still to sum.
    await sql(`insert into deadline_count (kind, region_code, open, breached)
               select 'filing', '512000', case when i % 2 = 0 then 1 else -1 end, 0 from generate_series(1, 10000) i`);
    const unfolded = await timed(() => em().getRepository(DeadlineCount).byKind());
    const [counted] = await orm.em
      .getConnection()
      .execute<{ open: number }[]>('select sum(open)::int as open from deadline_count');
    return {
      openDeadlines: OPEN,
      counted: counted.open,
      seedSeconds: round(seedSeconds),
      gaugesMs: gauges,
      overviewMs: overview,
      gaugesWith10000UnfoldedRowsMs: unfolded,
      sweepClaimMs: claim,
      oldScanMs: scan,
    };
  } finally {
    await orm.close();
    await admin.query(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
  }
}

/** Median and worst of `repeats` runs, in ms (the first run warms the plan cache and is dropped). */
async function timed(run: () => Promise<unknown>, repeats = REPEATS): Promise<{ median: number; max: number }> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { median: round(ms[Math.floor(ms.length / 2)]), max: round(ms[ms.length - 1]) };
}

const round = (n: number) => Number(n.toFixed(1));
