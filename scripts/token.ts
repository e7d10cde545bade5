// npm run token -- --role <authority|department|institution|admin> [--region <6 digits>] [--uscc <18 chars>] [--days N]
// Prints one bearer token on stdout, signed with JWT_SECRET (api.md: Operator CLI).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { ROLES, Role, TokenService, checkRegionCode, checkUscc } from '@tuoyu/identity';

const USAGE =
  'usage: npm run -s token -- --role <authority|department|institution|admin> [--region 512002] [--uscc 91512081MA62K0260E] [--days 30]\n';

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
  days: { type: 'string' },
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
const days = values.days ? Number(values.days) : 30;
if (!Number.isInteger(days) || days < 1 || days > 366) fail('--days must be a whole number of days from 1 to 366');

const tokens = new TokenService(new JwtService({}), AppConfig.fromEnv(process.env), new SystemClock());
process.stdout.write(
  `${tokens.sign({ role, region: values.region, uscc: values.uscc, subject: values.subject }, days * 86400)}\n`,
);
