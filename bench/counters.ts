import { Client } from 'pg';
import Redis from 'ioredis';

let queries = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound below with apply(this)
const original = Client.prototype.query;
// Every SQL round trip of every pool in this process goes through Client#query (knex under MikroORM, too).
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  queries += 1;
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

export function sqlRoundTrips(): number {
  return queries;
}

/** Commands the bench's own Redis has executed so far (INFO commandstats, minus the INFO calls themselves). */
export async function redisCommands(redis: Redis): Promise<number> {
  const info = await redis.info('commandstats');
  let total = 0;
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm))
    if (match[1] !== 'info') total += Number(match[2]);
  return total;
}
