import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { MessageType, QueueName, RegistrationsImported } from '@tuoyu/contracts';
import { DeadlineRung } from '@tuoyu/deadlines';
import { OutboxMessage } from '@tuoyu/messaging';
import { TestApp, TestQueues, makeUscc, registrationBody, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';

const run = promisify(execFile);

describe('bulk import of existing registrations', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(RegistrationAppModule, 'registration');
  });
  afterAll(() => app?.close());

  const authority = () => `Bearer ${app.token({ role: 'authority', region: '512002' })}`;

  it('reports each row, and importing the same rows again creates nothing new', async () => {
    const rows = [registrationBody(), registrationBody(), registrationBody({ capacity: 0 }), 'not an object'];
    const first = await request(app.url)
      .post('/registrations/import')
      .set('Authorization', authority())
      .send({ rows })
      .expect(200);
    expect(first.body).toMatchObject({ created: 2, skipped: 0, invalid: 2 });
    expect(first.body.results[2]).toMatchObject({
      row: 3,
      status: 'invalid',
      errors: [expect.objectContaining({ field: 'capacity' })],
    });
    expect(first.body.results[3]).toMatchObject({ row: 4, status: 'invalid' });

    const again = await request(app.url)
      .post('/registrations/import')
      .set('Authorization', authority())
      .send({ rows })
      .expect(200);
    expect(again.body).toMatchObject({ created: 0, skipped: 2, invalid: 2 });
  });

  it('imports a CSV file from the command line with progress, idempotently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuoyu-import-'));
    const file = join(dir, 'registrations.csv');
    const header =
      'uscc,name,nature,authorityKind,regionCode,address,legalRepresentative.name,legalRepresentative.idNumber,contact.email,contact.phone,businessScope,serviceTypes,capacity,inclusive,approvedOn';
    const line = (uscc: string, capacity: string) => {
      const b = registrationBody({ uscc });
      const rep = b.legalRepresentative as { name: string; idNumber: string };
      const contact = b.contact as { email: string; phone: string };
      return [
        uscc,
        b.name,
        b.nature,
        b.authorityKind,
        b.regionCode,
        b.address,
        rep.name,
        rep.idNumber,
        contact.email,
        contact.phone,
        b.businessScope,
        'full_day|hourly',
        capacity,
        'true',
        '2026-09-20',
      ].join(',');
    };
    writeFileSync(file, [header, line(makeUscc(), '60'), line(makeUscc(), '40'), line(makeUscc(), 'many')].join('\n'));

    const cli = () =>
      run(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'scripts/import-registrations.ts',
          '--file',
          file,
          '--region',
          '512002',
          '--url',
          app.url,
        ],
        {
          env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
        },
      );
    const first = await cli();
    expect(first.stdout).toContain('created 2, skipped 0 (already registered), invalid 1');
    expect(first.stdout).toContain('row 3: capacity');
    expect(first.stderr).toContain('3/3');
    expect(JSON.parse(readFileSync(`${file}.errors.json`, 'utf8'))).toEqual([
      { row: 3, errors: [expect.objectContaining({ field: 'capacity' })] },
    ]);

    const second = await cli();
    expect(second.stdout).toContain('created 0, skipped 2 (already registered), invalid 1');
  }, 180_000);

  it('reads each batch while the one before it is written, and keeps every row in its place (three batches of 500)', async () => {
    const invalidAt = new Set([1, 500, 501, 1000, 1203]);
    const repeated = registrationBody();
    const lines = Array.from({ length: 1203 }, (_, i) => {
      const row = i + 1;
      if (row === 1100) return '{"uscc": not json';
      if (row === 10 || row === 700) return JSON.stringify(repeated);
      return JSON.stringify(registrationBody(invalidAt.has(row) ? { capacity: 0 } : {}));
    });
    const accepted = await request(app.url)
      .post('/registrations/imports')
      .set('Authorization', authority())
      .set('Content-Type', 'application/x-ndjson')
      .send(lines.join('\n'))
      .expect(202);
    const job = await waitFor('the import to finish', async () => {
      const { body } = await request(app.url)
        .get(`/registrations/imports/${accepted.body.id}`)
        .set('Authorization', authority())
        .expect(200);
      return body.status === 'running' ? undefined : body;
    });
    expect(job).toMatchObject({
      status: 'finished',
      total: 1203,
      processed: 1203,
      created: 1196,
      skipped: 1,
      invalid: 6,
    });
    expect(job.errors.map((e: { row: number }) => e.row)).toEqual([1, 500, 501, 1000, 1100, 1203]);
    expect(job.errors[4].errors[0]).toMatchObject({ field: 'line', code: 'invalid_json' });
    expect(job.errors[0].errors[0]).toMatchObject({ field: 'capacity' });

    // The 1,196 handoffs go to filing fifty to a message (each batch's last one holds the rest), not a job a row.
    const outbox = await app.app.get(MikroORM).em.fork().find(OutboxMessage, { queue: QueueName.Filing });
    const ofThisImport = outbox.filter((m) => (m.payload as { importId?: string }).importId === accepted.body.id);
    const handoffs = outbox.filter((m) => m.type === String(MessageType.RegistrationApproved));
    expect(handoffs).toEqual([]);
    const sizes = ofThisImport
      .filter((m) => m.type === String(MessageType.RegistrationsImported))
      .map((m) => (m.payload as RegistrationsImported).registrations.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1196);
    // The open duties' reminder rungs weeks ahead get no delayed job yet (the sweeper queues them within the
    // fast-path horizon); the ones the import did queue are bulk.
    const em = app.app.get(MikroORM).em.fork();
    const unqueued = await em.find(DeadlineRung, { queuedAt: null }, { fields: ['id'] });
    expect(unqueued.length).toBeGreaterThan(0);
    const rungJobs = await em.find(OutboxMessage, { type: MessageType.DeadlineRungDue });
    const unqueuedIds = new Set(unqueued.map((r) => r.id));
    expect(rungJobs.filter((m) => unqueuedIds.has((m.payload as { rungId: string }).rungId))).toEqual([]);
    // New rows per batch of 500: 498, 497 (row 700 repeats row 10) and 201; invalid rows hand nothing over.
    expect(sizes.sort((a, b) => a - b)).toEqual([1, 47, 48, ...Array<number>(22).fill(50)]);
  });

  it("queues an import's handoffs behind a new registration's: filing takes live work first", async () => {
    const imported = await request(app.url)
      .post('/registrations/import')
      .set('Authorization', authority())
      .send({ rows: [registrationBody(), registrationBody()] })
      .expect(200);
    const live = await request(app.url)
      .post('/registrations')
      .set('Authorization', authority())
      .send(registrationBody())
      .expect(201);
    // No filing service runs here: the jobs wait in the filing queue as the relay published them.
    const queues = new TestQueues();
    try {
      const filing = queues.get(QueueName.Filing);
      const [batch] = await waitFor("the import's handoffs in the filing queue", async () => {
        const jobs = await filing.getJobs(['prioritized']);
        const ours = jobs.filter(
          (job) =>
            (job.data as RegistrationsImported).registrations?.[0]?.registrationId === imported.body.results[0].id,
        );
        return ours.length ? ours : undefined;
      });
      expect(batch).toMatchObject({
        name: MessageType.RegistrationsImported,
        opts: expect.objectContaining({ priority: 100 }),
      });
      const waiting = await waitFor('the new registration in the filing queue', async () => {
        const jobs = await filing.getJobs(['wait']);
        return jobs.find((job) => (job.data as { registrationId?: string }).registrationId === live.body.id);
      });
      expect(waiting.name).toBe(MessageType.RegistrationApproved);
      expect(waiting.opts.priority ?? 0).toBe(0);
    } finally {
      await queues.disconnect();
    }
  });

  it('is for registration authorities', async () => {
    const department = `Bearer ${app.token({ role: 'department', region: '512002' })}`;
    await request(app.url)
      .post('/registrations/import')
      .set('Authorization', department)
      .send({ rows: [] })
      .expect(403);
  });
});
