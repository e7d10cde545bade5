import { ConnectionException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isDatabaseUnreachable } from './dependency-unavailable';

describe('isDatabaseUnreachable', () => {
  it.each<[string, unknown, boolean]>([
    ['a MikroORM connection exception', new ConnectionException(new Error('connect ECONNREFUSED')), true],
    [
      'a refused socket',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      true,
    ],
    ['a dropped connection', new Error('Connection terminated unexpectedly'), true],
    [
      'the pool timing out',
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }),
      true,
    ],
    ['PostgreSQL shutting down (57P01)', Object.assign(new Error('terminating connection'), { code: '57P01' }), true],
    [
      'a connection failure class SQLSTATE (08006)',
      Object.assign(new Error('connection failure'), { code: '08006' }),
      true,
    ],
    ['a cause that is unreachable', new Error('query failed', { cause: new Error('Connection terminated') }), true],
    ['a unique violation', new UniqueConstraintViolationException(new Error('duplicate key')), false],
    ['a syntax error (42601)', Object.assign(new Error('syntax error'), { code: '42601' }), false],
    ['a plain bug', new TypeError('x is undefined'), false],
    ['not an error', 'nope', false],
  ])('%s → %p', (_case, error, unreachable) => {
    expect(isDatabaseUnreachable(error)).toBe(unreachable);
  });
});
