import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { Client } from 'pg';

/**
 * Applies pending migrations. Several replicas may start at once, so they queue on an advisory lock
 * held on a connection of its own; the later ones find nothing left to do.
 */
export async function runMigrations(orm: MikroORM, serverUrl: string, database: string): Promise<void> {
  const logger = new Logger('Migrations');
  const lock = new Client({ connectionString: `${serverUrl.replace(/\/+$/, '')}/${database}` });
  await lock.connect();
  try {
    await lock.query(`select pg_advisory_lock(hashtext('tuoyu:migrations'))`);
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) logger.log(`${database}: applied ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await lock.end();
  }
}
