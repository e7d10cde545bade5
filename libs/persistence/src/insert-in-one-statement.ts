import { AnyEntity, EntityMetadata, ReferenceKind, Utils } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Writes every entity created (em.create / em.persist) and not yet flushed in ONE statement: a data-modifying CTE
 * with one multi-row INSERT per table, `with t0 as (insert …), t1 as (insert …) insert …`. A flush sends one INSERT
 * per table, and inside a transaction a BEGIN and a COMMIT around them; a single statement is atomic by itself.
 * Foreign keys are checked at the end of the statement (PostgreSQL's RI triggers), so the tables' order is free.
 *
 * For new entities only, with client-side primary keys and no database-generated values (nothing is read back),
 * which is what the hot paths create. Afterwards the entities are managed as a flush leaves them: a later flush of
 * this em writes only what changes after. Column names and database values come from the entity metadata (the
 * same snapshot a flush inserts); the entities stay the model of record.
 */
export async function insertInOneStatement(em: EntityManager): Promise<AnyEntity[]> {
  const uow = em.getUnitOfWork();
  const pending = [...uow.getPersistStack()].filter((entity) => !Utils.isEntity(entity) || !isManaged(entity));
  if (!pending.length) return [];
  const comparator = em.getComparator();
  const byTable = new Map<EntityMetadata, Record<string, unknown>[]>();
  const payloads = new Map<AnyEntity, Record<string, unknown>>();
  for (const entity of pending) {
    const meta = em.getMetadata().get((entity as object).constructor.name);
    const payload = comparator.prepareEntity(entity) as Record<string, unknown>;
    payloads.set(entity, payload);
    byTable.set(meta, [...(byTable.get(meta) ?? []), payload]);
  }
  const params: unknown[] = [];
  const inserts = [...byTable].map(([meta, rows]) => insertOf(meta, rows, params));
  const last = inserts.pop()!;
  const sql = inserts.length ? `with ${inserts.map((s, i) => `t${i} as (${s})`).join(', ')} ${last}` : last;
  await em.execute(sql, params, 'run');
  for (const [entity, payload] of payloads) {
    uow.getPersistStack().delete(entity);
    uow.register(entity, { ...payload }, { refresh: true });
  }
  return pending;
}

function isManaged(entity: AnyEntity): boolean {
  return Boolean((entity as { __helper?: { __managed?: boolean } }).__helper?.__managed);
}

/** One multi-row INSERT of a table's new rows; a column no row sets is left to its default. */
function insertOf(meta: EntityMetadata, rows: Record<string, unknown>[], params: unknown[]): string {
  const props = meta.props.filter(
    (prop) => prop.fieldNames?.length === 1 && prop.persist !== false && rows.some((row) => row[prop.name] !== undefined),
  );
  const values = rows.map((row) => {
    const cells = props.map((prop) => {
      const value = row[prop.name] ?? prop.default;
      if (value === undefined) return 'default';
      params.push(Array.isArray(value) && prop.kind !== ReferenceKind.SCALAR ? value[0] : value);
      return '?';
    });
    return `(${cells.join(', ')})`;
  });
  const columns = props.map((prop) => `"${prop.fieldNames[0]}"`).join(', ');
  return `insert into "${meta.tableName}" (${columns}) values ${values.join(', ')}`;
}
