// npm run -s replay -- --since 2026-12-03T08:00:00+08:00 [--until 2026-12-03T10:00:00+08:00]
//   [--service registration --service filing ...] [--url registration=http://10.0.0.5:3001 ...]
// Asks every service (all five by default) to publish again the outbox rows it sent in [since, until)
// (POST /outbox/replay, as an administrator). Consumers skip what they handled, so a replay is safe to repeat.
// After a Redis data loss the services do this by themselves (docs/reliability.md); this is for a window you choose.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { TOKEN_AUDIENCES, TokenService } from '@tuoyu/identity';

const USAGE =
  'usage: npm run -s replay -- --since <ISO instant> [--until <ISO instant>] [--service registration ...] [--url registration=http://host:port ...]\n';

function fail(message: string): never {
  process.stderr.write(`replay: ${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        service: { type: 'string', multiple: true },
        url: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** --url service=http://host:port overrides the default http://127.0.0.1:<PORT_SERVICE>. */
function urlsOf(config: AppConfig, given: string[]): Map<ServiceName, string> {
  const urls = new Map<ServiceName, string>(TOKEN_AUDIENCES.map((s) => [s, `http://127.0.0.1:${config.port(s)}`]));
  for (const entry of given) {
    const [service, url] = entry.split(/=(.*)/s) as [ServiceName, string | undefined];
    if (!urls.has(service) || !url)
      fail(`--url must be <service>=<url> with a service among ${TOKEN_AUDIENCES.join(', ')}`);
    urls.set(service, url.replace(/\/+$/, ''));
  }
  return urls;
}

async function main(): Promise<void> {
  const { values } = parse();
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (!values.since) fail('--since is required');
  const services = (values.service ?? [...TOKEN_AUDIENCES]) as ServiceName[];
  const unknown = services.filter((s) => !TOKEN_AUDIENCES.includes(s));
  if (unknown.length) fail(`--service must be among ${TOKEN_AUDIENCES.join(', ')} (got ${unknown.join(', ')})`);
  let config: AppConfig;
  try {
    config = AppConfig.fromProcessEnv();
  } catch (error) {
    return fail((error as Error).message);
  }
  const tokens = new TokenService(new JwtService({}), config, new SystemClock());
  if (!tokens.canSign) fail('this environment has no JWT_PRIVATE_KEY: only the token issuer can sign');
  const token = tokens.sign({ role: 'admin' }, 600, services);
  const urls = urlsOf(config, values.url ?? []);

  let total = 0;
  let failed = 0;
  for (const service of services) {
    try {
      const response = await fetch(`${urls.get(service)}/outbox/replay`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ since: values.since, until: values.until }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await response.json()) as { republished?: number; message?: string };
      if (!response.ok) throw new Error(`${response.status} ${body.message ?? ''}`);
      total += body.republished ?? 0;
      process.stdout.write(`${service}: ${body.republished} row(s) published again\n`);
    } catch (error) {
      failed += 1;
      process.stderr.write(`${service}: replay failed: ${(error as Error).message}\n`);
    }
  }
  process.stdout.write(`total: ${total} row(s) published again${failed ? `, ${failed} service(s) failed` : ''}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error: Error) => fail(error.message));
