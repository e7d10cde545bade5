/** A seed node of a Redis Cluster: the client learns the others (and the slot map) from it. */
export interface RedisNode {
  host: string;
  port: number;
}

/** `REDIS_CLUSTER_NODES` (already validated as `host:port,…`) as nodes. */
export function parseRedisNodes(list: string): RedisNode[] {
  return list.split(',').map((entry) => {
    const colon = entry.lastIndexOf(':');
    return { host: entry.slice(0, colon), port: Number(entry.slice(colon + 1)) };
  });
}

/**
 * Redis hashes only the part of a key between its first `{` and the next `}` when that part is not empty. Every
 * BullMQ key of a queue starts with the prefix, so a prefix whose first `{…}` is a non-empty hash tag puts all of
 * a queue's keys in one slot, as its Lua scripts require; without one they spread and scripts fail with CROSSSLOT.
 */
export function hasHashTag(prefix: string): boolean {
  return /^[^{]*\{[^}]+\}/.test(prefix);
}

/** What makes a configuration unusable on Redis Cluster (checked only when REDIS_CLUSTER_NODES is set). */
export function redisClusterProblems(vars: { QUEUE_PREFIX: string; REDIS_URL: string }): string[] {
  const problems: string[] = [];
  if (!hasHashTag(vars.QUEUE_PREFIX))
    problems.push(
      `QUEUE_PREFIX: must begin with a hash tag such as {tuoyu} on Redis Cluster (REDIS_CLUSTER_NODES is set), so each queue's keys share one slot (got ${JSON.stringify(vars.QUEUE_PREFIX)})`,
    );
  const database = new URL(vars.REDIS_URL).pathname.slice(1);
  if (database !== '' && database !== '0')
    problems.push(`REDIS_URL: Redis Cluster has database 0 only; drop the /${database} (REDIS_CLUSTER_NODES is set)`);
  return problems;
}
