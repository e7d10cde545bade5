/**
 * Logs never hold a credential: any value under a key that names a token, cookie, code, key, secret or password
 * is replaced, wherever it sits (headers, query, body, error details), and so is such a parameter in a URL.
 */
const SENSITIVE =
  /token|cookie|authori[sz]ation|secret|passw|api[-_]?key|^key$|[-_]key$|signature|session|^code$|[-_]code$|otp/i;
export const REDACTED = '[Redacted]';

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE.test(key);
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

/** A copy of value with every sensitive key's value (and URL parameter) replaced; bounded in depth. */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (depth > 8 || typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (isSensitiveKey(key)) return [key, REDACTED];
      if ((key === 'url' || key === 'originalUrl') && typeof item === 'string') return [key, redactUrl(item)];
      return [key, redactDeep(item, depth + 1)];
    }),
  );
}
