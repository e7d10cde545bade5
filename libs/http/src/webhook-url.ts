import { lookup } from 'node:dns';
import { BlockList, LookupFunction, isIP } from 'node:net';

// Where a webhook must never point (SSRF): loopback, private, link-local, carrier-grade NAT, unspecified, multicast.
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv6');

/**
 * Why a department's webhookUrl may not be used, or undefined. In production: https only, and no host that is
 * localhost or an internal address literal (a name resolving to one is not caught here).
 */
export function webhookUrlProblem(url: string, production: boolean): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (!production) return undefined;
  if (parsed.protocol !== 'https:') return 'must be an https:// URL in production';
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must not point to this host (localhost)';
  if (isIP(host) && isInternal(host)) return 'must not point to a loopback, private or link-local address';
  return undefined;
}

function isInternal(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
  const family = isIP(mapped);
  return family !== 0 && INTERNAL.check(mapped, family === 4 ? 'ipv4' : 'ipv6');
}

export type ResolveAll = (host: string) => Promise<{ address: string }[]>;

const resolveAll: ResolveAll = (host) =>
  new Promise((resolve, reject) =>
    lookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/**
 * webhookUrlProblem, and in production also every address the host name resolves to (a public name may point
 * inside). Checked when the URL is saved; the delivery connects through publicOnlyLookup, so a name that changes
 * its answer afterwards (DNS rebinding) is refused too.
 */
export async function resolvedWebhookUrlProblem(
  url: string,
  production: boolean,
  resolve: ResolveAll = resolveAll,
): Promise<string | undefined> {
  const problem = webhookUrlProblem(url, production);
  if (problem || !production) return problem;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined;
  const addresses = await resolve(host).catch(() => undefined);
  if (!addresses?.length) return `must name a host that resolves (${host} does not)`;
  const inside = addresses.find((a) => isInternal(a.address));
  return inside
    ? `must not resolve to a loopback, private or link-local address (${host} → ${inside.address})`
    : undefined;
}

/** A DNS lookup for outgoing webhook connections that fails for any internal address (SSRF, DNS rebinding). */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) =>
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const inside = addresses.find((a) => isInternal(a.address));
    if (inside) {
      return callback(new Error(`${hostname} resolves to an internal address (${inside.address})`), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
