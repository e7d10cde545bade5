import { Client } from 'pg';

/** Drops every database of this test run's prefix (`<prefix>_<file>_<service>`): each test file has its own. */
export async function dropTestDatabases(): Promise<void> {
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
