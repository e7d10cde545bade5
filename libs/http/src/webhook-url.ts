import { BlockList, isIP } from 'node:net';

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
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)?.[1];
  const address = mapped ?? host;
  const family = isIP(address);
  if (family && INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6')) {
    return 'must not point to a loopback, private or link-local address';
  }
  return undefined;
}
