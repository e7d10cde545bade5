import { ConfigError } from '@tuoyu/config';

export interface ProvincialPlatform {
  url: string;
  /** Standard Webhooks signing secret (whsec_…). */
  secret: string;
}

/**
 * Where each province's data-sharing platform (省数据共享交换平台, e.g. 平顶山's practice) takes registrations,
 * keyed by the 2-digit province code: `{"41": {"url": "https://…", "secret": "whsec_…"}}`. Validated at start.
 */
export function parseProvincialPlatforms(raw: unknown, source: string): Map<string, ProvincialPlatform> {
  const problems: string[] = [];
  const platforms = new Map<string, ProvincialPlatform>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError([`${source}: must be a JSON object keyed by 2-digit province code`]);
  }
  for (const [province, entry] of Object.entries(raw)) {
    const where = `${source}: province ${province}`;
    if (!/^\d{2}$/.test(province)) problems.push(`${where}: the key must be a 2-digit province code`);
    const { url, secret } = (entry ?? {}) as Record<string, unknown>;
    if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) problems.push(`${where}: url must be an http(s) URL`);
    if (typeof secret !== 'string' || !/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/.test(secret)) {
      problems.push(`${where}: secret must be whsec_ followed by base64 of 24-64 random bytes`);
    }
    if (typeof url === 'string' && typeof secret === 'string') platforms.set(province, { url, secret });
  }
  if (problems.length) throw new ConfigError(problems);
  return platforms;
}
