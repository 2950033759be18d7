/**
 * What only the SQLite store does for search: the FTS5 and trigram tables
 * that migration 007 fills for rows written before it, and the FTS5 query
 * syntax. The search behaviour itself is the contract in
 * test/store/contract/full-text-search.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrations } from '../../src/store/sqlite/apply-migrations';
import { toFtsQuery, trigramQuery } from '../../src/store/sqlite/analyst-reads';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { ingestHarbour } from './contract/full-text-search';

const PAGE = { offset: 0, limit: 10 };

describe('full-text search on SQLite databases from before migration 007', () => {
  let dir: string;
  let store: SqliteStore | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-fts-'));
  });

  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds quotes written before the search index existed (the migration fills it)', async () => {
    const path = join(dir, 'old.db');
    const old = new SqliteStore(path, { migrations: readMigrations().filter((m) => m.version < 7) });
    await old.migrate();
    await ingestHarbour(old);
    await old.close();
    store = new SqliteStore(path);
    await store.migrate();
    expect((await store.searchQuotes('coast', {}, PAGE)).totalCount).toBe(1);
    expect((await store.searchDocuments('harbour', {}, PAGE)).totalCount).toBe(1);
    expect((await store.searchEntities('vantongeran', {}, PAGE)).items.map((e) => e.name)).toEqual(['Ilse Vantongeren']);
  });
});

describe('search query parsing', () => {
  it.each([
    ['kerry syria', '"kerry" "syria"'],
    ['negotiat*', '"negotiat"*'],
    ['"peace talks" geneva', '"peace talks" "geneva"'],
    ["Lavrov's", '"Lavrov s"'],
    ['AND OR', '"AND" "OR"'],
    ['?!', null],
  ])('turns %j into the FTS5 query %j', (query, expected) => {
    expect(toFtsQuery(query)).toBe(expected);
  });

  it('makes three-letter pieces of each word, and none of shorter words', () => {
    expect(trigramQuery('lavrof')).toBe('"lav" OR "avr" OR "vro" OR "rof"');
    expect(trigramQuery('un')).toBeNull();
    expect(trigramQuery('j kerr')).toBe('"ker" OR "err"');
  });
});
