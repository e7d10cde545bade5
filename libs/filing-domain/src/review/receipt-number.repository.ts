import { EntityManager } from '@mikro-orm/postgresql';

/**
 * 备案回执 numbers: county code, year and a per-county yearly sequence. The upsert is atomic, so two
 * reviewers accepting at once never share a number.
 */
export async function nextReceiptNumber(em: EntityManager, regionCode: string, year: number): Promise<string> {
  // em.execute runs in the caller's transaction (em.getConnection().execute would not).
  const [row] = await em.execute<{ last: number }[]>(
    `insert into receipt_counter (region_code, year, last) values (?, ?, 1)
       on conflict (region_code, year) do update set last = receipt_counter.last + 1
     returning last`,
    [regionCode, year],
  );
  return `TYBA${regionCode}${year}${String(row.last).padStart(5, '0')}`;
}
