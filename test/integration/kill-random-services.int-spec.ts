import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { TokenService } from '@tuoyu/identity';
import { ServiceProcess, SmtpSink, compiledMain, registrationBody, waitFor } from '@tuoyu/testing';
import { Client } from 'pg';
import { handoffProgress } from '../support/handoff-progress';

/** How many registrations flow while services are killed (FAULT_REGISTRATIONS=1000 for the documented run). */
const REGISTRATIONS = Number(process.env.FAULT_REGISTRATIONS ?? 80);
const POSTERS = 4;
const REGION = '512002';
const PORTS: Record<ServiceName, number> = {
  admin: 27140,
  registration: 27141,
  filing: 27142,
  evaluation: 27143,
  notification: 27144,
};
/** The services that consume a queue: the ones whose death mid-job can lose or repeat work. */
const CONSUMERS: ServiceName[] = ['registration', 'filing', 'evaluation', 'notification'];

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every service as its own process; kill -9 of a random consuming service every few seconds while registrations
 * flow. Afterwards: every registration has its one case, its sharing duty delivered, and every email is at the
 * sink exactly once by idempotency key. A second copy is allowed only for an attempt the delivery log records as
 * ambiguous (the sender died inside the SMTP conversation: same Message-ID).
 */
describe('kill -9 of random services while registrations flow', () => {
  const sink = new SmtpSink();
  const env: Record<string, string> = {
    LOG_LEVEL: 'warn',
    // Longer than a local SMTP conversation, short enough that a killed sender's claim lapses within the test.
    NOTIFICATION_SEND_LEASE_MS: '10000',
    NOTIFICATION_RETRY_BASE_MS: '1000',
  };
  const services = new Map<ServiceName, ServiceProcess>();
  const databases = new Map<string, Client>();
  const config = AppConfig.fromProcessEnv();
  const admin = new TokenService(new JwtService({}), config, new SystemClock()).sign({ role: 'admin' }, 3600);
  const authority = new TokenService(new JwtService({}), config, new SystemClock()).sign(
    { role: 'authority', region: '512000' },
    3600,
  );
  const kills: string[] = [];

  const start = async (service: ServiceName) => {
    services.set(service, await new ServiceProcess(service, PORTS[service], env).start(180_000));
  };
  const url = (service: ServiceName) => `http://127.0.0.1:${PORTS[service]}`;
  const query = async <T>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> => {
    if (!databases.has(service)) {
      const client = new Client({
        connectionString: `postgres://postgres@127.0.0.1:5432/${config.databaseName(service)}`,
      });
      await client.connect();
      databases.set(service, client);
    }
    return (await databases.get(service)!.query(sql, params)).rows as T[];
  };

  beforeAll(async () => {
    await sink.start();
    env.SMTP_URL = sink.url;
    for (const service of ['registration', 'filing', 'evaluation', 'notification', 'admin'] as const)
      await start(service);
    const department = await fetch(`${url('filing')}/departments/${REGION}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' }),
    });
    expect(department.status).toBe(200);
  }, 600_000);
  afterAll(async () => {
    for (const child of services.values()) await child.stop();
    for (const client of databases.values()) await client.end();
    await sink.stop();
  }, 120_000);

  /** POST /registrations until it is answered: the registration service itself may be dead for a moment. */
  const register = async (body: Record<string, unknown>): Promise<void> => {
    for (;;) {
      try {
        const response = await fetch(`${url('registration')}/registrations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${authority}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        // 409: an earlier try was committed before its process died (the USCC is taken by it).
        if (response.status === 201 || response.status === 409) return;
        if (response.status < 500 && response.status !== 429)
          throw new Error(`${response.status} ${await response.text()}`);
      } catch (error) {
        if ((error as Error).message.match(/^\d{3} /)) throw error;
      }
      await pause(500);
    }
  };

  it('loses nothing and sends nothing twice', async () => {
    const started = performance.now();
    const bodies = Array.from({ length: REGISTRATIONS }, () =>
      registrationBody({ approvedOn: today(), regionCode: REGION }),
    );
    let next = 0;
    let posted = 0;
    const posters = Array.from({ length: POSTERS }, async () => {
      while (next < bodies.length) {
        await register(bodies[next++]);
        posted += 1;
      }
    });
    const killer = (async () => {
      while (posted < bodies.length) {
        await pause(3000 + Math.random() * 4000);
        const victim = CONSUMERS[Math.floor(Math.random() * CONSUMERS.length)];
        await services.get(victim)!.kill();
        kills.push(victim);
        await start(victim);
      }
    })();
    await Promise.all([...posters, killer]);
    const postedAfterS = (performance.now() - started) / 1000;

    const usccs = bodies.map((body) => body.uscc as string);
    await waitFor(
      `every case opened and every sharing duty delivered (${REGISTRATIONS})`,
      async () => {
        const { cases, delivered } = await handoffProgress(query, usccs);
        return cases === REGISTRATIONS && delivered === REGISTRATIONS;
      },
      { timeoutMs: 300_000, intervalMs: 1000 },
    );
    const emails = bodies.map((body) => (body.contact as { email: string }).email);
    await waitFor('every institution email at the sink', () => emails.every((email) => sink.to(email).length > 0), {
      timeoutMs: 300_000,
      intervalMs: 1000,
    });
    await waitFor(
      'every delivery finished',
      async () =>
        (await query('notification', `select 1 from delivery where status in ('pending', 'sending') limit 1`))
          .length === 0,
      { timeoutMs: 300_000, intervalMs: 1000 },
    );

    const [{ duplicates }] = await query<{ duplicates: string }>(
      'filing',
      'select count(*) - count(distinct uscc) as duplicates from filing_case where uscc = any($1)',
      [usccs],
    );
    expect(Number(duplicates)).toBe(0);
    const deliveries = await query<{ key: string; status: string; ambiguous: number; message_id: string }>(
      'notification',
      'select idempotency_key as key, status, ambiguous_attempts as ambiguous, message_id from delivery',
    );
    const keyOf = (mail: (typeof sink.messages)[number]) => mail.headers.get('x-tuoyu-idempotency-key') as string;
    const byKey = new Map<string, number>();
    for (const mail of sink.messages) {
      const key = keyOf(mail);
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    let ambiguousCopies = 0;
    const problems: string[] = [];
    for (const row of deliveries) {
      const copies = byKey.get(row.key) ?? 0;
      byKey.delete(row.key);
      if (row.status !== 'sent') problems.push(`${row.key}: ${row.status}`);
      if (copies === 0) problems.push(`${row.key}: lost (no copy at the sink)`);
      // An extra copy only for an attempt the log records as ambiguous, and always with the same Message-ID.
      if (copies > 1 + row.ambiguous) problems.push(`${row.key}: ${copies} copies, ${row.ambiguous} ambiguous`);
      if (copies > 1) {
        ambiguousCopies += copies - 1;
        const ids = new Set(sink.withKey(row.key).map((mail) => mail.messageId));
        if (ids.size !== 1 || !ids.has(row.message_id)) problems.push(`${row.key}: Message-IDs ${[...ids].join(', ')}`);
      }
    }
    for (const key of byKey.keys()) problems.push(`${key}: at the sink without a delivery row`);
    expect(problems).toEqual([]);
    for (const email of emails) {
      // One filing notice per institution (its copies, if any, were checked above by key).
      const keys = new Set(sink.to(email).map(keyOf));
      expect([...keys].filter((key) => key.startsWith('filing-due:'))).toHaveLength(1);
    }

    const totalS = (performance.now() - started) / 1000;
    const built = CONSUMERS.every((service) => compiledMain(service) !== undefined);
    // The numbers docs/reliability.md records for the 1,000-registration run.
    process.stdout.write(
      `kill-random-services: ${REGISTRATIONS} registrations (${built ? 'dist' : 'ts-node'}), ${kills.length} kill -9 ` +
        `(${CONSUMERS.map((s) => `${s} ${kills.filter((k) => k === s).length}`).join(', ')}), ` +
        `posted in ${postedAfterS.toFixed(0)} s, all settled in ${totalS.toFixed(0)} s; ${deliveries.length} deliveries, ` +
        `${sink.messages.length} messages at the sink, ${ambiguousCopies} ambiguous resend(s) recorded, 0 lost, 0 unrecorded duplicates\n`,
    );
    expect(kills.length).toBeGreaterThan(0);
  }, 1_800_000);
});
