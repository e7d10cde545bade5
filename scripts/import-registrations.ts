// npm run -s registrations:import -- --file registrations.csv --region 512002 [--url http://127.0.0.1:3001]
// Imports existing registrations (CSV or NDJSON, see libs/registration-domain/src/import) as one import job
// (POST /registrations/imports), showing its progress; rows already imported are skipped, so a re-run is safe.
// Rows may carry their history (sharedOn, filedOn, receiptNumber, evaluationLevel, evaluatedOn, lastInspectionOn).
// Invalid rows are listed at the end and written to <file>.errors.json.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { TokenService } from '@tuoyu/identity';
import { formatOf } from '@tuoyu/registration-domain';

const USAGE =
  'usage: npm run -s registrations:import -- --file F.csv|F.ndjson --region 512002 [--url http://127.0.0.1:3001]\n';

interface JobView {
  id: string;
  status: 'running' | 'finished' | 'failed';
  total: number;
  processed: number;
  created: number;
  skipped: number;
  invalid: number;
  errors: { row: number; errors: { field: string; code: string; message: string }[] }[];
  failure?: string;
}

function fail(message: string): never {
  process.stderr.write(`registrations:import: ${message}\n${USAGE}`);
  process.exit(2);
}

function progress(job: JobView): void {
  const width = 30;
  const filled = Math.round((job.processed / Math.max(job.total, 1)) * width);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${job.processed}/${job.total}  created ${job.created}  skipped ${job.skipped}  invalid ${job.invalid}`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      region: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (!values.file) fail('--file is required');
  if (!values.region || !/^\d{6}$/.test(values.region)) fail("--region must be the authority's 6-digit region code");
  const config = AppConfig.fromProcessEnv();
  const url = values.url ?? `http://127.0.0.1:${config.port('registration')}`;
  const token = new TokenService(new JwtService({}), config, new SystemClock()).sign(
    { role: 'authority', region: values.region, subject: 'registrations:import' },
    3600,
  );
  const headers = { Authorization: `Bearer ${token}` };
  const started = await fetch(`${url}/registrations/imports`, {
    method: 'POST',
    headers: {
      ...headers,
      'Content-Type': formatOf(values.file) === 'csv' ? 'text/csv' : 'application/x-ndjson',
    },
    body: readFileSync(values.file, 'utf8'),
  });
  if (started.status !== 202) fail(`the service answered ${started.status}: ${await started.text()}`);
  let job = (await started.json()) as JobView;
  progress(job);
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const response = await fetch(`${url}/registrations/imports/${job.id}`, { headers });
    if (!response.ok) fail(`the service answered ${response.status}: ${await response.text()}`);
    job = (await response.json()) as JobView;
    progress(job);
  }
  process.stderr.write('\n');
  if (job.status === 'failed') fail(`import ${job.id} failed after ${job.processed} rows: ${job.failure}`);
  process.stdout.write(`created ${job.created}, skipped ${job.skipped} (already registered), invalid ${job.invalid}\n`);
  if (job.errors.length > 0) {
    for (const failure of job.errors.slice(0, 20)) {
      process.stdout.write(
        `  row ${failure.row}: ${failure.errors.map((e) => `${e.field} (${e.code}): ${e.message}`).join('; ')}\n`,
      );
    }
    writeFileSync(`${values.file}.errors.json`, JSON.stringify(job.errors, null, 2));
    process.stdout.write(`every invalid row: ${values.file}.errors.json\n`);
  }
}

void main();
