import type Redis from 'ioredis';

/** Commands the bench's own Redis has executed so far, by command (INFO commandstats, without INFO itself). */
export async function redisCommands(redis: Redis): Promise<Map<string, number>> {
  const info = await redis.info('commandstats');
  const calls = new Map<string, number>();
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm))
    if (match[1] !== 'info') calls.set(match[1], Number(match[2]));
  return calls;
}

/** Calls per command between two readings, most first. */
export function commandDelta(before: Map<string, number>, after: Map<string, number>): [string, number][] {
  return [...after]
    .map(([command, n]): [string, number] => [command, n - (before.get(command) ?? 0)])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}
