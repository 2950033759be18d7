/**
 * The analyst API's store work on PostgreSQL (the contract in
 * analyst-store-work.ts: same store calls and rows read on a graph ten times
 * bigger), rows counted where the pool hands query results to the adapter.
 * Each graph lives in a private schema, dropped afterwards.
 */
import type { QueryResult } from 'pg';
import type { PostgresStore } from '../../src/store/postgres/pg-store';
import { postgresHarness } from '../support/store-harness';
import { describeAnalystStoreWork, type CountedStore } from './analyst-store-work';

async function countedPostgresStore(): Promise<CountedStore> {
  const harness = await postgresHarness('ng_work');
  const store = harness.store as PostgresStore;
  let rows = 0;
  const pool = store.pool as unknown as { query: (...args: unknown[]) => Promise<QueryResult> };
  const query = pool.query.bind(pool);
  pool.query = async (...args: unknown[]) => {
    const result = await query(...args);
    rows += result.rows?.length ?? 0;
    return result;
  };
  return { store, rowsRead: () => rows, dispose: () => harness.dispose() };
}

describeAnalystStoreWork('PostgreSQL', countedPostgresStore);
