import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJwtKeys } from '../libs/config/src/jwt-keys';

/**
 * The bench runs every service as its own process (or, BENCH_SERVICES=in-process, in its own), against its own
 * Redis (so INFO commandstats counts only this run) and databases of its own prefix, dropped at the end. The
 * service processes inherit this environment.
 */
export const BENCH_REDIS_PORT = Number(process.env.BENCH_REDIS_PORT ?? 26601);
// Under the caller's TEST_DATABASE_PREFIX when set, so parallel engineers' databases never collide.
export const DATABASE_PREFIX = `${process.env.TEST_DATABASE_PREFIX ?? 'tuoyu'}_bench_${randomBytes(3).toString('hex')}`;

export function prepareEnvironment(): void {
  process.env.NODE_ENV = 'test';
  process.env.DATABASE_PREFIX = DATABASE_PREFIX;
  process.env.QUEUE_PREFIX = `tuoyu-bench-${randomBytes(3).toString('hex')}`;
  process.env.REDIS_URL = `redis://127.0.0.1:${BENCH_REDIS_PORT}`;
  const keys = generateJwtKeys();
  process.env.JWT_PUBLIC_KEY = keys.publicKey;
  process.env.JWT_PRIVATE_KEY = keys.privateKey;
  process.env.PII_HASH_KEY = 'tuoyu-bench-pii-key-0123456789abcdef';
  process.env.ALLOW_CLOCK_OVERRIDE = 'true';
  process.env.LOG_LEVEL = 'fatal';
  process.env.PUBLIC_BASE_URL = 'http://filing.test';
  process.env.DOCUMENT_DIR = join(tmpdir(), `tuoyu-bench-documents-${randomBytes(3).toString('hex')}`);
}
