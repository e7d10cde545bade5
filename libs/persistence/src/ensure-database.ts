import { Client } from 'pg';

/** Creates the service's own database if it does not exist yet (architecture.md: created on start). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl.replace(/\/+$/, '')}/postgres` });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount) return;
    await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } catch (error) {
    // Another replica created it between our check and our create: 42P04 if its create had committed, 23505
    // (pg_database's unique name index) if both creates ran at once (two replicas starting together).
    if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await client.end();
  }
}
