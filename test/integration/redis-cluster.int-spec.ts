import { Type } from '@nestjs/common';
import { AppConfig, ServiceName } from '@tuoyu/config';
import { ALL_QUEUES } from '@tuoyu/contracts';
import {
  LocalRedisCluster,
  SmtpSink,
  TestApp,
  TestQueues,
  registrationBody,
  setTestClock,
  startTestApp,
  waitFor,
} from '@tuoyu/testing';
import { Client } from 'pg';
import request from 'supertest';
import { EvaluationAppModule } from '../../apps/evaluation/src/evaluation-app.module';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';
import { handoffProgress } from '../support/handoff-progress';

/**
 * Three masters on ports of this test's own (no other test uses 17631–17633, nor their cluster bus ports
 * 27631–27633). Below Linux's ephemeral range (32768–60999), so no outgoing connection can hold one.
 */
const PORTS = [17631, 17632, 17633];
const REGISTRATIONS = 40;
const REGION = '512002';
/** Every service that consumes a queue, two replicas each (in-process apps, each with its own worker). */
const CONSUMERS: [Type<unknown>, ServiceName][] = [
  [RegistrationAppModule, 'registration'],
  [FilingAppModule, 'filing'],
  [EvaluationAppModule, 'evaluation'],
  [NotificationAppModule, 'notification'],
];

/**
 * Issue 15's scale-out proof: the services on a local three-master Redis Cluster with a hash-tag queue prefix,
 * two replicas of each consuming service, registrations posted to both registration replicas. Nothing is lost
 * (every case opened, every duty delivered, every email sent), nothing happens twice (one case per institution,
 * one message per idempotency key and Message-ID), no job fails, and both replicas of a service did work.
 */
describe('scale-out on a three-master Redis Cluster', () => {
  const cluster = new LocalRedisCluster(PORTS);
  const sink = new SmtpSink();
  const replicas: TestApp[] = [];
  const databases = new Map<ServiceName, Client>();
  let config: AppConfig;
  let queues: TestQueues;

  const replicasOf = (service: ServiceName) => replicas.filter((replica) => replica.service === service);
  const query = async <T>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> => {
    if (!databases.has(service)) {
      const client = new Client({ connectionString: `${config.databaseUrl}/${config.databaseName(service)}` });
      await client.connect();
      databases.set(service, client);
    }
    return (await databases.get(service)!.query(sql, params)).rows as T[];
  };

  beforeAll(async () => {
    await cluster.start();
    await sink.start();
    const env = {
      REDIS_CLUSTER_NODES: cluster.nodes,
      // The file's own random prefix, as a hash tag: every key of a queue in one slot.
      QUEUE_PREFIX: `{${process.env.QUEUE_PREFIX}}`,
      SMTP_URL: sink.url,
    };
    config = AppConfig.fromProcessEnv(env);
    // The replicas of a service start together, as a deployment's would (migrations under an advisory lock).
    for (const [module, service] of CONSUMERS)
      replicas.push(...(await Promise.all([1, 2].map(() => startTestApp(module, service, env)))));
    queues = new TestQueues(config);
    await setTestClock(replicas, '2026-09-20T10:00:00+08:00');
  }, 120_000);

  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await queues?.disconnect();
    for (const client of databases.values()) await client.end();
    await sink.stop();
    await cluster.stop();
  }, 60_000);

  it('loses nothing and does nothing twice, with both replicas at work', async () => {
    const [filing] = replicasOf('filing');
    await request(filing.url)
      .put(`/departments/${REGION}`)
      .set('Authorization', `Bearer ${filing.token({ role: 'admin' })}`)
      .send({ name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' })
      .expect(200);

    const bodies = Array.from({ length: REGISTRATIONS }, () =>
      registrationBody({ approvedOn: '2026-09-20', regionCode: REGION }),
    );
    const posters = replicasOf('registration');
    const authority = posters[0].token({ role: 'authority', region: '512000' });
    // Alternately to each registration replica, a few at a time: both outbox relays publish.
    for (let i = 0; i < bodies.length; i += 4)
      await Promise.all(
        bodies.slice(i, i + 4).map((body, j) =>
          request(posters[(i + j) % 2].url)
            .post('/registrations')
            .set('Authorization', `Bearer ${authority}`)
            .send(body)
            .expect(201),
        ),
      );

    const usccs = bodies.map((body) => body.uscc as string);
    await waitFor(
      `${REGISTRATIONS} cases opened and sharing duties delivered`,
      async () => {
        const { cases, delivered } = await handoffProgress(query, usccs);
        return cases === REGISTRATIONS && delivered === REGISTRATIONS;
      },
      { timeoutMs: 45_000, intervalMs: 250 },
    );
    const emails = bodies.map((body) => (body.contact as { email: string }).email);
    await waitFor('every institution email at the sink', () => emails.every((email) => sink.to(email).length > 0), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    // Settled: nothing waiting or running on any queue, no email being sent (delayed jobs are October's rungs).
    await waitFor(
      'every queue idle and every delivery finished',
      async () => {
        for (const name of ALL_QUEUES) {
          const counts = await queues.get(name).getJobCounts('waiting', 'active', 'prioritized');
          if (Object.values(counts).some((n) => n > 0)) return false;
        }
        const open = await query('notification', `select 1 from delivery where status in ('pending', 'sending')`);
        return open.length === 0;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );

    const cases = await query<{ uscc: string; count: string }>(
      'filing',
      'select uscc, count(*) from filing_case where uscc = any($1) group by uscc',
      [usccs],
    );
    expect(cases.filter((row) => Number(row.count) !== 1)).toEqual([]);
    expect(cases).toHaveLength(REGISTRATIONS);

    const deliveries = await query<{ key: string; status: string; messageId: string }>(
      'notification',
      'select idempotency_key as key, status, message_id as "messageId" from delivery',
    );
    const keyOf = (mail: (typeof sink.messages)[number]) => mail.headers.get('x-tuoyu-idempotency-key') as string;
    const problems = deliveries.flatMap((row) => {
      const copies = sink.withKey(row.key);
      if (row.status !== 'sent') return [`${row.key}: ${row.status}`];
      if (copies.length !== 1) return [`${row.key}: ${copies.length} copies at the sink`];
      return copies[0].messageId === row.messageId ? [] : [`${row.key}: Message-ID ${copies[0].messageId}`];
    });
    const known = new Set(deliveries.map((row) => row.key));
    problems.push(...sink.messages.filter((mail) => !known.has(keyOf(mail))).map((mail) => `${keyOf(mail)}: no row`));
    expect(problems).toEqual([]);
    expect(new Set(sink.messages.map((mail) => mail.messageId)).size).toBe(sink.messages.length);
    for (const email of emails)
      expect(sink.to(email).filter((mail) => keyOf(mail).startsWith('filing-due:'))).toHaveLength(1);

    // No job failed, and the jobs of some queue were shared by two workers (processedBy: the replica's name).
    const workersByQueue: Record<string, Record<string, number>> = {};
    for (const name of ALL_QUEUES) {
      expect({ queue: name, failed: await queues.get(name).getFailedCount() }).toEqual({ queue: name, failed: 0 });
      const completed = await queues.get(name).getJobs(['completed']);
      workersByQueue[name] = {};
      for (const job of completed)
        workersByQueue[name][job.processedBy ?? '?'] = (workersByQueue[name][job.processedBy ?? '?'] ?? 0) + 1;
    }
    process.stdout.write(`redis-cluster: jobs per worker ${JSON.stringify(workersByQueue)}\n`);
    const shared = Object.values(workersByQueue).filter((workers) => Object.keys(workers).length >= 2);
    expect(shared.length).toBeGreaterThan(0);
    expect(Object.values(workersByQueue).flatMap((workers) => Object.keys(workers))).not.toContain('?');
  });
});
