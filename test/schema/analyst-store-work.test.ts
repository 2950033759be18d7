/**
 * The analyst API's store work on SQLite (the contract in analyst-store-work.ts:
 * same store calls and rows read on a graph ten times bigger), rows counted
 * where the prepared statements hand them to the adapter; and the query plans
 * of the filters use indexes rather than scanning tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { describeAnalystStoreWork, type CountedStore } from './analyst-store-work';
import { ingestSummits } from './graph-fixtures';

/** A SQLite store whose statements count the rows they return (every statement: the wrap is in place before the first prepare). */
async function countedSqliteStore(): Promise<CountedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-work-'));
  const store = new SqliteStore(join(dir, 'graph.db'));
  let rows = 0;
  const prepare = store.db.prepare.bind(store.db);
  (store.db as { prepare: Database.Database['prepare'] }).prepare = ((sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    const get = statement.get.bind(statement);
    statement.all = ((...args: unknown[]) => {
      const result = all(...(args as []));
      rows += result.length;
      return result;
    }) as typeof statement.all;
    statement.get = ((...args: unknown[]) => {
      const row = get(...(args as []));
      if (row !== undefined) rows += 1;
      return row;
    }) as typeof statement.get;
    return statement;
  }) as Database.Database['prepare'];
  await store.migrate();
  return {
    store,
    rowsRead: () => rows,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeAnalystStoreWork('SQLite', countedSqliteStore);

describe('the SQLite analyst reads go through indexes', () => {
  let dir: string;
  let big: SqliteStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-plans-'));
    big = new SqliteStore(join(dir, 'graph.db'));
    await big.migrate();
    await ingestSummits(big, 40);
  });

  afterAll(async () => {
    await big.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['a speaker\'s quotes', `SELECT id FROM quotes WHERE speaker_id = 1`, 'quotes_speaker_'], // any of the (speaker_id, ...) indexes
    ['documents in a date range', `SELECT id FROM documents d WHERE d.published_at >= '2031' AND d.published_at < '2032'`, 'documents_published_at'],
    ['people by name', `SELECT id FROM entities e WHERE e.type = 'Person' ORDER BY e.name_key, e.id LIMIT 5`, 'entities_type_name_key'],
    ['events by date', `SELECT id FROM entities e WHERE e.type = 'Event' ORDER BY e.time_date DESC LIMIT 5`, 'entities_type_time_date'],
    ['a name prefix', `SELECT entity_id FROM entity_names n WHERE n.name_key >= 'ab' AND n.name_key < 'ab' || char(1114111)`, 'entity_names_name_key'],
    ['full-text hits', `SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH '"agree"'`, 'VIRTUAL TABLE INDEX'],
    ['name trigrams', `SELECT entity_id FROM entity_names_trigram WHERE entity_names_trigram MATCH '"lea"'`, 'VIRTUAL TABLE INDEX'],
  ])('reads %s through an index', (_case, sql, index) => {
    const plan = (big.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan).toContain(index);
    expect(plan).not.toMatch(/^SCAN (quotes|documents|entities|entity_names)\b(?! USING)/m);
  });
});
