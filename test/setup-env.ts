// Runs before each integration/e2e test file: real Redis and PostgreSQL on their default ports, a database
// prefix of the tests' own, and a queue prefix per file so files never see each other's jobs.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJwtKeys } from '../libs/config/src/jwt-keys';

process.env.NODE_ENV = 'test';
// Databases of the file's own: a sweeper or relay of one file must never fire another file's rungs or publish its
// outbox (they share one PostgreSQL). TEST_DATABASE_PREFIX lets two test runs share it too: global-setup and
// global-teardown drop only databases under their own prefix.
process.env.DATABASE_PREFIX = `${process.env.TEST_DATABASE_PREFIX ?? 'tuoyu_test'}_${randomBytes(4).toString('hex')}`;
process.env.QUEUE_PREFIX = `tuoyu-test-${randomBytes(4).toString('hex')}`;
// A fresh ES256 pair per test file: test apps are issuers too (startTestApp().token()).
const keys = generateJwtKeys();
process.env.JWT_PUBLIC_KEY = keys.publicKey;
process.env.JWT_PRIVATE_KEY = keys.privateKey;
process.env.PII_HASH_KEY = 'tuoyu-test-pii-key-0123456789abcdef';
process.env.ALLOW_CLOCK_OVERRIDE = 'true';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'fatal';
process.env.PUBLIC_BASE_URL = 'http://filing.test';
process.env.DEADLINE_SWEEP_INTERVAL_MS = '200';
// Uploaded filing documents go to a directory of the test file's own, never into the work tree.
process.env.DOCUMENT_DIR = join(tmpdir(), `tuoyu-test-documents-${randomBytes(4).toString('hex')}`);
