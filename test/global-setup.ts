import { Client } from 'pg';

/** Each test run starts from empty service databases (`<prefix>_*`); services recreate and migrate them. */
export default async function globalSetup(): Promise<void> {
  const prefix = process.env.TEST_DATABASE_PREFIX ?? 'tuoyu_test';
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
      `${prefix.replace(/_/g, '\\_')}\\_%`,
    ]);
    for (const { datname } of rows) await client.query(`drop database "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
