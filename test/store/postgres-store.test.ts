/**
 * The Store contract on PostgreSQL: every test gets a private, freshly migrated
 * schema (test/support/postgres.ts), dropped afterwards.
 */
import { PostgresStore } from '../../src/store/postgres/pg-store';
import { freshPostgresSchema } from '../support/postgres';
import { describeStoreContract } from './store-contract';

describeStoreContract('PostgreSQL', async () => {
  const schema = await freshPostgresSchema('ng_contract');
  const store = new PostgresStore(schema.url, { poolMax: 4 });
  await store.migrate();
  return {
    store,
    dispose: async () => {
      await store.close();
      await schema.drop();
    },
  };
});
