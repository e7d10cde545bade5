// China keeps one offset all year (UTC+8, no daylight saving): an instant reads in Beijing time by adding it.
const CHINA_OFFSET_MS = 8 * 3_600_000;

function inChina(iso: string): string {
  return new Date(new Date(iso).getTime() + CHINA_OFFSET_MS).toISOString();
}

/** The Shanghai calendar day of an instant ('YYYY-MM-DD'): deadlines and weeks follow Asia/Shanghai. */
export function shanghaiDay(iso: string): string {
  return inChina(iso).slice(0, 10);
}

/** Today in China by the platform's clock (`now` from /portal/me); '' until it is known. */
export function shanghaiToday(now: string | undefined): string {
  return now ? shanghaiDay(now) : '';
}

/** An instant as a person in China reads it: 'YYYY-MM-DD HH:mm:ss', Beijing time. */
export function shanghaiTime(iso: string): string {
  return inChina(iso).slice(0, 19).replace('T', ' ');
}
