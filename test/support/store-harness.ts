/**
 * A fresh, migrated store of each adapter for a test, and the way to release
 * it: the contract suites (test/store/contract/) take one of these factories.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../src/store/postgres/pg-store';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { Store } from '../../src/store/store';
import type { StoreHarness } from '../store/store-contract';
import { freshPostgresSchema } from './postgres';

export type { StoreHarness };

/** A SQLite store in a temporary directory, removed on dispose. */
export async function sqliteHarness(): Promise<StoreHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
  const store = new SqliteStore(join(dir, 'graph.db'));
  await store.migrate();
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL store in a private schema of the test database, dropped on dispose. */
export async function postgresHarness(prefix = 'ng_test'): Promise<StoreHarness> {
  const schema = await freshPostgresSchema(prefix);
  const store = new PostgresStore(schema.url, { poolMax: 4 });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    await schema.drop();
    throw error;
  }
  return {
    store,
    dispose: async () => {
      await store.close();
      await schema.drop();
    },
  };
}

/** Each adapter by name and a fresh store of it, for suites that run once per adapter (`describe.each(ADAPTERS)`). */
export const ADAPTERS: [string, () => Promise<{ store: Store; close(): Promise<void> }>][] = [
  ['SQLite', async () => asOpenStore(await sqliteHarness())],
  ['PostgreSQL', async () => asOpenStore(await postgresHarness('ng_api'))],
];

function asOpenStore(harness: StoreHarness): { store: Store; close(): Promise<void> } {
  return { store: harness.store, close: () => harness.dispose() };
}
