import { ConnectionException } from '@mikro-orm/core';

/** Seconds a client is asked to wait (Retry-After) while a dependency is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

// Socket errors and PostgreSQL's connection-class SQLSTATEs (08xxx; 57P01-57P03: shutting down, cannot connect now).
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
]);
const UNREACHABLE_MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /connect ECONNREFUSED/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
];

/**
 * Whether an error means the database could not be reached (as opposed to a query it refused): such a request
 * is answered 503 with Retry-After, naming the dependency, instead of an "unexpected" 500.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
