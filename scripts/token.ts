// npm run token -- --role <authority|department|institution|admin|hotline> [--region <6 digits>] [--uscc <18 chars>]
//   [--hours N] [--audience filing,evaluation]
// Prints one ES256 bearer token on stdout, signed with JWT_PRIVATE_KEY (outside production, the development key
// pair in .dev-keys/, generated on first use). People's tokens are short-lived: 1 hour by default, 12 at most.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { ROLES, Role, TOKEN_AUDIENCES, TokenService, checkRegionCode, checkUscc } from '@tuoyu/identity';

const USAGE =
  'usage: npm run -s token -- --role <authority|department|institution|admin|hotline> [--region 512002] [--uscc 91512081MA62K0260E] [--hours 1] [--audience filing]\n';

function fail(message: string): never {
  process.stderr.write(`token: ${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({ options: OPTIONS, strict: true });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  role: { type: 'string' },
  region: { type: 'string' },
  uscc: { type: 'string' },
  hours: { type: 'string' },
  audience: { type: 'string' },
  subject: { type: 'string' },
} as const;

const { values } = parse();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
if ((role === 'authority' || role === 'department') && !values.region) fail(`--region is required for role ${role}`);
if (values.region && checkRegionCode(values.region)) fail(`--region ${checkRegionCode(values.region)}`);
if (role === 'institution' && !values.uscc) fail('--uscc is required for role institution');
if (values.uscc && checkUscc(values.uscc)) fail(`--uscc ${checkUscc(values.uscc)?.message}`);
const hours = values.hours ? Number(values.hours) : 1;
if (!Number.isInteger(hours) || hours < 1 || hours > 12) fail('--hours must be a whole number from 1 to 12');
const audience = (values.audience?.split(',') ?? [...TOKEN_AUDIENCES]) as ServiceName[];
const unknown = audience.filter((a) => !TOKEN_AUDIENCES.includes(a));
if (unknown.length)
  fail(`--audience must name services among ${TOKEN_AUDIENCES.join(', ')} (got ${unknown.join(', ')})`);

let config: AppConfig;
try {
  config = AppConfig.fromEnv(process.env);
} catch (error) {
  fail((error as Error).message);
}
const tokens = new TokenService(new JwtService({}), config, new SystemClock());
if (!tokens.canSign) fail('this environment has no JWT_PRIVATE_KEY: only the token issuer can sign');
process.stdout.write(
  `${tokens.sign({ role, region: values.region, uscc: values.uscc, subject: values.subject }, hours * 3600, audience)}\n`,
);
