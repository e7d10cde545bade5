/**
 * Logs never hold a credential: any value under a key that names a token, cookie, code, key, secret or password
 * is replaced, wherever it sits (headers, query, body, error details), and so is such a parameter in a URL.
 */
const SENSITIVE =
  /token|cookie|authori[sz]ation|secret|passw|api[-_]?key|^key$|[-_]key$|signature|session|^code$|[-_]code$|otp/i;
export const REDACTED = '[Redacted]';

// Log records reuse a few hundred key names (headers, fields): the regex runs once per name, not once per line.
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 2000;

export function isSensitiveKey(key: string): boolean {
  let sensitive = verdicts.get(key);
  if (sensitive === undefined) {
    sensitive = SENSITIVE.test(key);
    if (verdicts.size < MAX_VERDICTS) verdicts.set(key, sensitive);
  }
  return sensitive;
}

/** A URL with the values of its sensitive query parameters replaced. */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const [name] = pair.split('=', 1);
      let key = name;
      try {
        key = decodeURIComponent(name);
      } catch {
        // a malformed name is kept as sent
      }
      return isSensitiveKey(key) ? `${name}=${REDACTED}` : pair;
    });
  return `${url.slice(0, query)}?${params.join('&')}`;
}

/**
 * Value with every sensitive key's value (and URL parameter) replaced, bounded in depth. Copies only what changes:
 * an object with nothing to redact is returned as it is (most log records), so a line costs no allocation.
 */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (depth > 8 || typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const redacted = redactDeep(item, depth + 1);
      if (redacted !== item) (copy ??= value.slice())[i] = redacted;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const redacted = redactEntry(key, item, depth + 1);
    if (redacted !== item) (copy ??= { ...record })[key] = redacted;
  }
  return copy ?? value;
}

function redactEntry(key: string, item: unknown, depth: number): unknown {
  if (isSensitiveKey(key)) return REDACTED;
  if ((key === 'url' || key === 'originalUrl') && typeof item === 'string') return redactUrl(item);
  return redactDeep(item, depth);
}

/**
 * A log call's own object. Its `req` and `res` are Node's request and response, which the req/res serializers
 * reduce to a few fields and redact: walking them here (sockets, parsers, the server, eight levels deep) cost
 * more than the rest of a request's logging, and the serializers would not see the original objects.
 */
export function redactLogRecord(record: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    if (key === 'req' || key === 'res') continue;
    const item = record[key];
    const redacted = redactEntry(key, item, 1);
    if (redacted !== item) (copy ??= { ...record })[key] = redacted;
  }
  return copy ?? record;
}
