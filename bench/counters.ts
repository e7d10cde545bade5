import { Client } from 'pg';
import Redis, { Pipeline } from 'ioredis';

let queries = 0;
const statements = new Map<string, number>();
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound below with apply(this)
const original = Client.prototype.query;
// Every SQL round trip of every pool in this process goes through Client#query (knex under MikroORM, too).
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  queries += 1;
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
  // MikroORM inlines values: literals become ? so one statement shape is one key.
  const key = (text ?? '?')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+\b/g, '?')
    .replace(/\s+/g, ' ')
    .slice(0, 90);
  statements.set(key, (statements.get(key) ?? 0) + 1);
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

export function sqlRoundTrips(): number {
  return queries;
}

/** Round trips so far by statement (its first 90 characters), to see which ones a registration costs. */
export function sqlStatements(): Map<string, number> {
  return new Map(statements);
}

const sent = new Map<string, number>();
let pipelines = 0;
let alone = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound below with apply(this)
const originalSend = Redis.prototype.sendCommand;
// Every command any ioredis client of this process writes (BullMQ's too; a script is one EVALSHA, not what it runs
// inside Redis). Pipelined and MULTI commands come through here one by one, flagged by their pipeline stream.
Redis.prototype.sendCommand = function (this: Redis, ...args: Parameters<Redis['sendCommand']>) {
  const [command, stream] = args;
  sent.set(command.name, (sent.get(command.name) ?? 0) + 1);
  if (!(stream as { isPipeline?: boolean } | undefined)?.isPipeline) alone += 1;
  return originalSend.apply(this, args);
};
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound below with apply(this)
const originalExec = Pipeline.prototype.exec;
Pipeline.prototype.exec = function (this: Pipeline, ...args: Parameters<Pipeline['exec']>) {
  pipelines += 1;
  return originalExec.apply(this, args);
};

/** Commands this process's Redis clients have sent so far, by command, and their round trips (a pipeline is one). */
export function clientRedisCommands(): { commands: Map<string, number>; roundTrips: number } {
  return { commands: new Map(sent), roundTrips: alone + pipelines };
}

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
