import { Client } from 'pg';
import { Job, Queue, Worker } from 'bullmq';
import { createTransport } from 'nodemailer';
import { SmtpSink } from '@tuoyu/testing';

/**
 * The yardstick: three BullMQ hops on the same Redis, PostgreSQL and SMTP sink; the last hop writes a row and
 * sends a mail. Returns messages per second from the first add to the last mail received.
 */
export async function bareThreeHops(options: {
  redis: { host: string; port: number };
  prefix: string;
  databaseUrl: string;
  sink: SmtpSink;
  count: number;
  concurrency: number;
}): Promise<number> {
  const { redis, prefix, sink, count, concurrency } = options;
  const connection = { ...redis, maxRetriesPerRequest: null };
  const pg = new Client({ connectionString: options.databaseUrl });
  await pg.connect();
  await pg.query('create table if not exists bare_row (id text primary key, at timestamptz not null)');
  const mail = createTransport(sink.url);
  const names = ['bare-1', 'bare-2', 'bare-3'];
  const queues = names.map((name) => new Queue(name, { connection, prefix }));
  const workers = names.map(
    (name, hop) =>
      new Worker(
        name,
        async (job: Job<{ id: string }>) => {
          if (hop < 2) return void (await queues[hop + 1].add('next', job.data, { jobId: job.data.id }));
          await pg.query('insert into bare_row (id, at) values ($1, now()) on conflict do nothing', [job.data.id]);
          await mail.sendMail({ from: 'bare@bench.test', to: `${job.data.id}@bench.test`, subject: 'bare', text: 'x' });
        },
        { connection, prefix, concurrency },
      ),
  );
  const before = sink.messages.length;
  const started = performance.now();
  await queues[0].addBulk(Array.from({ length: count }, (_, i) => ({ name: 'start', data: { id: `bare-${i}` } })));
  while (sink.messages.length - before < count) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  for (const worker of workers) await worker.close();
  for (const queue of queues) await queue.obliterate({ force: true }).then(() => queue.close());
  mail.close();
  await pg.end();
  return count / seconds;
}
