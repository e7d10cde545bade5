import { MikroORM } from '@mikro-orm/core';
import {} from '@tuoyu/testing';
import { TestSystem, startTestSystem } from '../support/test-system';

/** Services never updateSchema (architecture.md); this checks the hand-written migrations match the entities. */
describe('migrations', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.close());

  it.each(['registration', 'filing', 'evaluation', 'notification'] as const)(
    'leave the %s database exactly as its entities describe it',
    async (service) => {
      const orm = system[service].app.get(MikroORM);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
      expect(diff.trim()).toBe('');
      expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    },
  );
});
