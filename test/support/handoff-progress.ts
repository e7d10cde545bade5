import type { ServiceName } from '@tuoyu/config';

/** Runs SQL in one service's database (each fault test holds a pg client per service). */
export type ServiceQuery = <T>(service: ServiceName, sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * How far the registrations of these USCCs got: the institutions with a filing case (counted once each, so a
 * duplicate case shows in the test's own assertion, not here) and the sharing duties delivered.
 */
export async function handoffProgress(
  query: ServiceQuery,
  usccs: string[],
): Promise<{ cases: number; delivered: number }> {
  const [{ cases }] = await query<{ cases: string }>(
    'filing',
    'select count(distinct uscc) as cases from filing_case where uscc = any($1)',
    [usccs],
  );
  const [{ delivered }] = await query<{ delivered: string }>(
    'registration',
    `select count(*) as delivered from sharing_duty d join registration r on r.id = d.registration_id
     where r.uscc = any($1) and d.status = 'delivered'`,
    [usccs],
  );
  return { cases: Number(cases), delivered: Number(delivered) };
}
