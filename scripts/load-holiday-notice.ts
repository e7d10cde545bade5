// npm run -s calendar:load -- --year 2027 --file notice-2027.json [--url http://127.0.0.1:3002]
// Loads a year's State Council holiday notice from a JSON file ({holidays, makeUpWorkdays, source}) into the
// filing service, which recomputes open deadlines and tells everyone whose due date moved.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { TokenService } from '@tuoyu/identity';

function fail(message: string): never {
  process.stderr.write(`calendar:load: ${message}\n`);
  process.stderr.write(
    'usage: npm run -s calendar:load -- --year 2027 --file notice-2027.json [--url http://127.0.0.1:3002]\n',
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, file: { type: 'string' }, url: { type: 'string' } },
    strict: true,
  });
  const year = Number(values.year);
  if (!Number.isInteger(year)) fail('--year must be a year, e.g. 2027');
  if (!values.file) fail('--file is required');
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(values.file, 'utf8'));
  } catch (error) {
    fail(`cannot read ${values.file}: ${(error as Error).message}`);
  }
  const config = AppConfig.fromProcessEnv();
  const url = values.url ?? `http://127.0.0.1:${config.port('filing')}`;
  const token = new TokenService(new JwtService({}), config, new SystemClock()).sign(
    { role: 'admin', subject: 'calendar:load' },
    600,
  );
  const response = await fetch(`${url}/deadlines/calendar/${year}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { moved?: { previousDueOn: string; dueOn: string; subjectId: string }[] };
  if (!response.ok) fail(`${response.status}: ${JSON.stringify(result, null, 2)}`);
  process.stdout.write(`${year} notice loaded; ${result.moved?.length ?? 0} open deadline(s) moved\n`);
  for (const m of result.moved ?? []) process.stdout.write(`  ${m.subjectId}: ${m.previousDueOn} → ${m.dueOn}\n`);
}

void main();
