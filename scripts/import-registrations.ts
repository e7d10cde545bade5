// npm run -s registrations:import -- --file registrations.csv --region 512002 [--url http://127.0.0.1:3001]
// Imports existing registrations (CSV or NDJSON, see libs/registration-domain/src/import) through
// POST /registrations/import in batches, showing progress; rows already imported are skipped, so a re-run is safe.
// Invalid rows are listed at the end and written to <file>.errors.json.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { TokenService } from '@tuoyu/identity';
import { ImportRowResult, formatOf, readImportRecords } from '@tuoyu/registration-domain';

const BATCH = 100;

function fail(message: string): never {
  process.stderr.write(`registrations:import: ${message}\n`);
  process.stderr.write(
    'usage: npm run -s registrations:import -- --file F.csv|F.ndjson --region 512002 [--url http://127.0.0.1:3001]\n',
  );
  process.exit(2);
}

function progress(done: number, total: number, tally: Record<string, number>): void {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  created ${tally.created}  skipped ${tally.skipped}  invalid ${tally.invalid}`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, region: { type: 'string' }, url: { type: 'string' } },
    strict: true,
  });
  if (!values.file) fail('--file is required');
  if (!values.region || !/^\d{6}$/.test(values.region)) fail("--region must be the authority's 6-digit region code");
  const config = AppConfig.fromProcessEnv();
  const url = values.url ?? `http://127.0.0.1:${config.port('registration')}`;
  const token = new TokenService(new JwtService({}), config, new SystemClock()).sign(
    { role: 'authority', region: values.region, subject: 'registrations:import' },
    3600,
  );
  const records = readImportRecords(readFileSync(values.file, 'utf8'), formatOf(values.file));
  const tally: Record<string, number> = { created: 0, skipped: 0, invalid: 0 };
  const failures: ImportRowResult[] = records
    .filter((r) => r.unreadable)
    .map((r) => ({
      row: r.row,
      status: 'invalid',
      errors: [{ field: 'line', code: 'invalid_json', message: r.unreadable as string }],
    }));
  tally.invalid = failures.length;
  const readable = records.filter((r) => !r.unreadable);
  progress(0, readable.length, tally);
  for (let start = 0; start < readable.length; start += BATCH) {
    const batch = readable.slice(start, start + BATCH);
    const response = await fetch(`${url}/registrations/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ rows: batch.map((r) => r.data), rowNumbers: batch.map((r) => r.row) }),
    });
    if (!response.ok) fail(`the service answered ${response.status}: ${await response.text()}`);
    const { results } = (await response.json()) as { results: ImportRowResult[] };
    for (const result of results) {
      tally[result.status] += 1;
      if (result.status === 'invalid') failures.push(result);
    }
    progress(Math.min(start + BATCH, readable.length), readable.length, tally);
  }
  process.stderr.write('\n');
  process.stdout.write(
    `created ${tally.created}, skipped ${tally.skipped} (already registered), invalid ${tally.invalid}\n`,
  );
  if (failures.length > 0) {
    for (const failure of failures.slice(0, 20)) {
      if (failure.status === 'invalid') {
        process.stdout.write(
          `  row ${failure.row}: ${failure.errors.map((e) => `${e.field} (${e.code}): ${e.message}`).join('; ')}\n`,
        );
      }
    }
    writeFileSync(`${values.file}.errors.json`, JSON.stringify(failures, null, 2));
    process.stdout.write(`every invalid row: ${values.file}.errors.json\n`);
  }
}

void main();
