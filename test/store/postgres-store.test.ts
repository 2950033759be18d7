/**
 * The Store contract on PostgreSQL. One schema for the file, migrated once;
 * every test starts from empty tables, emptied in one statement, which takes
 * a fraction of the time of creating and migrating a schema (or of a TRUNCATE).
 */
import { PostgresStore } from '../../src/store/postgres/pg-store';
import { freshPostgresSchema, type TestSchema } from '../support/postgres';
import { describeStoreContract } from './store-contract';

let schema: TestSchema | undefined;

afterAll(async () => {
  await schema?.drop();
});

/** Every table of the store's schema but the migration record and the version counter (which must never go back). */
async function emptyTables(store: PostgresStore): Promise<void> {
  const { rows } = await store.pool.query<{ name: string }>(
    `SELECT format('%I', tablename) AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename NOT IN ('schema_migrations', 'store_version')`,
  );
  // One statement of DELETEs: foreign keys are checked at its end, when every table is empty, so no order is needed.
  const deletes = rows.map((row, i) => `d${i} AS (DELETE FROM ${row.name})`).join(', ');
  await store.pool.query(`WITH ${deletes} SELECT 1`);
}

describeStoreContract('PostgreSQL', async () => {
  schema ??= await freshPostgresSchema('ng_contract');
  const store = new PostgresStore(schema.url, { poolMax: 4 });
  await store.migrate();
  await emptyTables(store);
  return { store, dispose: () => store.close() };
});
