import { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { hasHashTag, parseRedisNodes } from './redis-cluster';

const NODES = '10.0.0.1:7000,10.0.0.2:7001,redis-3.internal:7002';

function problemsOf(env: Record<string, string>): string[] {
  try {
    AppConfig.fromEnv(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('QUEUE_PREFIX hash tags (what keeps a queue in one Redis Cluster slot)', () => {
  it.each<[string, boolean]>([
    ['{tuoyu}', true],
    ['{tuoyu}-staging', true],
    ['tuoyu-{a}', true],
    ['{t}', true],
    ['tuoyu', false],
    ['{}tuoyu', false],
    ['{}{tuoyu}', false],
    ['tuoyu}{', false],
    ['{tuoyu', false],
  ])('%s → %s', (prefix, expected) => {
    expect(hasHashTag(prefix)).toBe(expected);
  });
});

describe('REDIS_CLUSTER_NODES', () => {
  it('is unset by default: one Redis at REDIS_URL', () => {
    expect(AppConfig.fromEnv({}).redisClusterNodes).toBeUndefined();
  });

  it('lists the seed nodes', () => {
    const config = AppConfig.fromEnv({ REDIS_CLUSTER_NODES: NODES, QUEUE_PREFIX: '{tuoyu}' });
    expect(config.redisClusterNodes).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
      { host: 'redis-3.internal', port: 7002 },
    ]);
    expect(parseRedisNodes('127.0.0.1:6379')).toEqual([{ host: '127.0.0.1', port: 6379 }]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['a prefix without a hash tag', { QUEUE_PREFIX: 'tuoyu' }, ['QUEUE_PREFIX']],
    ['an empty hash tag', { QUEUE_PREFIX: '{}tuoyu' }, ['QUEUE_PREFIX']],
    ['a database other than 0', { QUEUE_PREFIX: '{tuoyu}', REDIS_URL: 'redis://:pw@10.0.0.1:7000/2' }, ['REDIS_URL']],
    [
      'nodes without ports',
      { QUEUE_PREFIX: '{tuoyu}', REDIS_CLUSTER_NODES: '10.0.0.1,10.0.0.2' },
      ['REDIS_CLUSTER_NODES'],
    ],
    [
      'a URL as a node',
      { QUEUE_PREFIX: '{tuoyu}', REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000' },
      ['REDIS_CLUSTER_NODES'],
    ],
    ['both at once', { QUEUE_PREFIX: 'tuoyu', REDIS_URL: 'redis://10.0.0.1:7000/1' }, ['QUEUE_PREFIX', 'REDIS_URL']],
  ])('refuses %s, naming the variable', (_case, env, variables) => {
    const problems = problemsOf({ REDIS_CLUSTER_NODES: NODES, ...env });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(variables);
  });

  it('says why a plain prefix is refused', () => {
    expect(problemsOf({ REDIS_CLUSTER_NODES: NODES, QUEUE_PREFIX: 'tuoyu' })).toEqual([
      `QUEUE_PREFIX: must begin with a hash tag such as {tuoyu} on Redis Cluster (REDIS_CLUSTER_NODES is set), so each queue's keys share one slot (got "tuoyu")`,
    ]);
  });

  it('leaves a single Redis free to use any prefix and database', () => {
    expect(problemsOf({ QUEUE_PREFIX: 'tuoyu', REDIS_URL: 'redis://127.0.0.1:6379/3' })).toEqual([]);
  });
});
