/**
 * The Store contract on PostgreSQL. One schema for the file, migrated once;
 * every test starts from empty tables, emptied in one statement, which takes
 * a fraction of the time of creating and migrating a schema (or of a TRUNCATE).
 */
import { extract } from '../../src/extract/pipeline';
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
  // The row counts kept beside the version (migration 009) go back with the rows; the version does not.
  await store.pool.query('UPDATE store_version SET documents = 0, quotes = 0');
}

describe('PostgreSQL row counts kept by ingest', () => {
  it('equal COUNT(*) of documents and quotes after ingests, a repeated text counted once', async () => {
    schema ??= await freshPostgresSchema('ng_contract');
    const store = new PostgresStore(schema.url, { poolMax: 4 });
    try {
      await store.migrate();
      await emptyTables(store);
      const texts = [
        'Mara Quell said "the bridge opens in May." The council met on Monday.',
        'Tomas Brin told reporters "we will not wait any longer," and left.',
      ];
      for (const text of [...texts, texts[0]]) await store.ingestDocument({ text }, extract(text));
      const counted = await store.pool.query<{ documents: number; quotes: number }>(
        'SELECT (SELECT COUNT(*) FROM documents)::int AS documents, (SELECT COUNT(*) FROM quotes)::int AS quotes',
      );
      const stats = await store.stats();
      const documents = await store.listDocuments({ offset: 0, limit: 1 });
      const quotes = await store.findQuotes({}, 'CONFIDENCE', { offset: 0, limit: 1 });
      expect(counted.rows[0].documents).toBe(2);
      expect(counted.rows[0].quotes).toBeGreaterThan(0);
      expect([stats.documents, documents.totalCount]).toEqual([counted.rows[0].documents, counted.rows[0].documents]);
      expect([stats.quotes, quotes.totalCount]).toEqual([counted.rows[0].quotes, counted.rows[0].quotes]);
    } finally {
      await store.close();
    }
  });
});

describeStoreContract('PostgreSQL', async () => {
  schema ??= await freshPostgresSchema('ng_contract');
  const store = new PostgresStore(schema.url, { poolMax: 4 });
  await store.migrate();
  await emptyTables(store);
  return { store, dispose: () => store.close() };
});
