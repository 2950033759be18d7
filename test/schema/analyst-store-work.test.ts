/**
 * totalCount, filters, sorts and search are computed by the store: a
 * paginated analyst query makes the same number of store calls and reads the
 * same number of rows from SQLite on a graph ten times bigger. Store calls are
 * counted through a Proxy on the Store; rows read are the rows the SQLite
 * statements hand to the adapter (counted by wrapping the prepared statements).
 * The query plans of the filters use indexes rather than scanning tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createApp } from '../../src/server/create-app';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { Store } from '../../src/store/store';
import { postGraphQL } from '../server/app-harness';
import { ingestSummits } from './graph-fixtures';

interface Work {
  calls: Map<string, number>;
  rows: number;
}

/** A store whose method calls are counted, over a database whose returned rows are counted. */
function instrument(store: SqliteStore): { store: Store; work: Work } {
  const work: Work = { calls: new Map(), rows: 0 };
  const prepare = store.db.prepare.bind(store.db);
  (store.db as { prepare: Database.Database['prepare'] }).prepare = ((sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    const get = statement.get.bind(statement);
    statement.all = ((...args: unknown[]) => {
      const rows = all(...(args as []));
      work.rows += rows.length;
      return rows;
    }) as typeof statement.all;
    statement.get = ((...args: unknown[]) => {
      const row = get(...(args as []));
      if (row !== undefined) work.rows += 1;
      return row;
    }) as typeof statement.get;
    return statement;
  }) as Database.Database['prepare'];
  const proxy = new Proxy(store as Store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        work.calls.set(String(property), (work.calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, work };
}

const QUERIES: [string, string][] = [
  [
    'people filtered by name, sorted by name, with their direct quotes',
    `{ people(first: 5, filter: { nameContains: "e" }, orderBy: NAME) {
        totalCount
        edges { node { name quotes(first: 2, filter: { direct: true }, orderBy: CONFIDENCE) { totalCount edges { node { text } } } } }
      } }`,
  ],
  [
    'quotes filtered by speaker name and sorted by date',
    `{ quotes(first: 5, filter: { speakerNameContains: "a", direct: true }, orderBy: DATE_DESC) { totalCount edges { node { text } } } }`,
  ],
  [
    'events filtered by kind, with their participants',
    `{ events(first: 3, filter: { kinds: [MEETING] }, orderBy: NAME) { totalCount edges { node { name participants { entity { name } } } } } }`,
  ],
  [
    'a full-text search of quotes with snippets and speakers',
    `{ searchQuotes(query: "agree part", first: 5) { totalCount edges { snippet rank node { text speaker { name } } } } }`,
  ],
  [
    'a full-text search of documents',
    `{ searchDocuments(query: "summit", first: 3) { totalCount edges { snippet node { title } } } }`,
  ],
  [
    'a typo-tolerant entity search',
    `{ search(query: "harbor league", first: 3) { totalCount edges { node { name } } } }`,
  ],
  [
    'quotes per speaker and events per place',
    `{ aggregates { quotesPerSpeaker(first: 5) { totalCount edges { node { count entity { name } } } } } }`,
  ],
];

describe('the analyst API leaves the work to the store', () => {
  const dirs: string[] = [];
  const stores: SqliteStore[] = [];

  async function graph(articles: number): Promise<SqliteStore> {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-work-'));
    dirs.push(dir);
    const store = new SqliteStore(join(dir, 'graph.db'));
    await store.migrate();
    await ingestSummits(store, articles);
    stores.push(store);
    return store;
  }

  let small: SqliteStore;
  let big: SqliteStore;

  beforeAll(async () => {
    small = await graph(4);
    big = await graph(40);
  });

  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function measure(store: SqliteStore, query: string): Promise<{ work: Work; data: Record<string, any> }> {
    const { store: counted, work } = instrument(store);
    const app = createApp({ store: counted, responseCache: false } as Parameters<typeof createApp>[0]);
    // The first request prepares the statements; measure the second, as a server would run.
    await postGraphQL(app, query);
    work.calls.clear();
    work.rows = 0;
    const result = await postGraphQL(app, query);
    expect(result.errors).toBeUndefined();
    return { work, data: result.data! };
  }

  it.each(QUERIES)('%s: same store calls and rows read on a graph ten times bigger', async (_case, query) => {
    const a = await measure(small, query);
    const b = await measure(big, query);
    // The bigger graph really has more to count: the totals differ (or the query has none).
    const totals = (data: unknown) => JSON.stringify(data).match(/"totalCount":\d+/g) ?? [];
    if (totals(a.data).length > 0) expect(totals(b.data)).not.toEqual(totals(a.data));
    expect(Object.fromEntries(b.work.calls)).toEqual(Object.fromEntries(a.work.calls));
    expect(b.work.rows).toBe(a.work.rows);
  });

  it('counts a filtered list with one COUNT row, not by reading the list', async () => {
    const { work, data } = await measure(big, `{ people(first: 1, filter: { nameContains: "e" }) { totalCount } }`);
    expect(data.people.totalCount).toBeGreaterThan(20);
    // One row of the page and one COUNT row (plus the dataVersion pragma of the response cache, if any).
    expect(work.rows).toBeLessThanOrEqual(3);
  });

  it.each([
    ['a speaker\'s quotes', `SELECT id FROM quotes WHERE speaker_id = 1`, 'quotes_speaker_direct'],
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
