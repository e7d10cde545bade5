import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DeadlineCount, DeadlineKind, DeadlineScheduler, DeadlineSweeper } from '@tuoyu/deadlines';
import { TestApp, setTestClock, startTestApp } from '@tuoyu/testing';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';

// Subjects no handler owns: the schedule still opens, closes and fires their deadlines (a fired rung notifies no one).
const SUBJECT_TYPE = 'count-test';
const REGION = '519901';
const BUSY_REGION = '519902';

describe('open and breached deadline counts kept by the deadline table triggers (real PostgreSQL)', () => {
  let filing: TestApp;
  const em = () => filing.app.get(MikroORM).em.fork() as EntityManager;
  const scheduler = () => filing.app.get(DeadlineScheduler);
  const subject = (regionCode: string, id = randomUUID()) => ({ type: SUBJECT_TYPE, id, regionCode });
  const open = (s: ReturnType<typeof subject>, kind: DeadlineKind, start: string) =>
    em().transactional((tx) => scheduler().open(tx, s, kind, start));

  /** The counts as the gauges and the overview read them. */
  const counted = () => em().getRepository(DeadlineCount).byKindAndRegion();
  /** The same numbers by a scan of the deadline table: what the counts must equal. */
  const scanned = () =>
    em()
      .getConnection()
      .execute(
        `select kind, coalesce(region_code, '') as "regionCode", count(*)::int as open,
                count(*) filter (where breached_at is not null)::int as breached
           from deadline where status = 'open' group by kind, region_code order by kind, region_code`,
      );
  const inRegion = async (regionCode: string) =>
    (await counted())
      .filter((row) => row.regionCode === regionCode)
      .map(({ kind, open, breached }) => ({ kind, open, breached }));

  beforeAll(async () => {
    filing = await startTestApp(FilingAppModule, 'filing');
    await setTestClock([filing], '2026-09-20T10:00:00+08:00');
  });

  afterAll(async () => {
    // Closed, so later files' sweepers find nothing of this file's to fire.
    await em()
      .getConnection()
      .execute(
        `with closed as (update deadline set status = 'cancelled' where subject_type = ? and status = 'open' returning id)
         update deadline_rung set status = 'cancelled' where status = 'pending' and deadline_id in (select id from closed)`,
        [SUBJECT_TYPE],
        'run',
      );
    await filing?.close();
  });

  it('follow opens, completions, cancellations, breaches and overdue imports', async () => {
    const filings = [subject(REGION), subject(REGION), subject(REGION), subject(REGION)];
    const corrections = [subject(REGION), subject(REGION)];
    for (const s of filings) await open(s, 'filing', '2026-09-20');
    for (const s of corrections) await open(s, 'correction', '2026-09-20');
    await open(filings[0], 'filing', '2026-09-20'); // already open: nothing new
    expect(await inRegion(REGION)).toEqual([
      { kind: 'correction', open: 2, breached: 0 },
      { kind: 'filing', open: 4, breached: 0 },
    ]);

    await em().transactional((tx) => scheduler().meet(tx, filings[0], 'filing'));
    await em().transactional((tx) => scheduler().cancel(tx, corrections[0], 'correction'));
    await em().transactional((tx) => scheduler().meet(tx, filings[0], 'filing')); // met twice: once counted

    // Both fall due 2026-10-08 (15 days): two days later their breach rungs fire.
    await setTestClock([filing], '2026-10-10T10:00:00+08:00');
    await filing.app.get(DeadlineSweeper).sweep();
    await em().transactional((tx) => scheduler().meet(tx, filings[1], 'filing')); // met late: no longer breached
    await em().transactional((tx) =>
      Promise.resolve(scheduler().openImported(tx, subject(REGION), 'sharing_duty', '2026-08-01')),
    );
    await em().transactional((tx) =>
      Promise.resolve(scheduler().openImported(tx, subject(REGION), 'sharing_duty', '2026-08-01', '2026-08-20')),
    );

    expect(await inRegion(REGION)).toEqual([
      { kind: 'correction', open: 1, breached: 1 },
      { kind: 'filing', open: 2, breached: 2 },
      { kind: 'sharing_duty', open: 1, breached: 1 },
    ]);
    expect(await counted()).toEqual(await scanned());
  });

  it('stay exact under concurrent transactions that open and close deadlines of two kinds in either order', async () => {
    const earlier = Array.from({ length: 20 }, () => subject(BUSY_REGION));
    for (const s of earlier) await open(s, 'correction', '2026-10-10');

    await Promise.all(
      earlier.map((closing, i) =>
        em().transactional(async (tx) => {
          const kinds: DeadlineKind[] = i % 2 ? ['filing', 'correction'] : ['correction', 'filing'];
          for (const kind of kinds) {
            await scheduler().open(tx, subject(BUSY_REGION), kind, '2026-10-10');
            await tx.flush();
          }
          await scheduler().cancel(tx, closing, 'correction');
        }),
      ),
    );

    expect(await inRegion(BUSY_REGION)).toEqual([
      { kind: 'correction', open: 20, breached: 0 },
      { kind: 'filing', open: 20, breached: 0 },
    ]);
    expect(await counted()).toEqual(await scanned());

    // The sweeper's fold leaves one row per kind and region, and the same sums.
    const repository = em().getRepository(DeadlineCount);
    await Promise.all([repository.fold(), em().getRepository(DeadlineCount).fold()]);
    expect(await counted()).toEqual(await scanned());
    const rows = await em().getConnection().execute<{ n: number }[]>('select count(*)::int as n from deadline_count');
    expect(rows[0].n).toBeLessThanOrEqual((await counted()).length);
  });
});
